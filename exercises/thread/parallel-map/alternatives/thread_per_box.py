import threading


def parallel_map(fn, items):
    boxes = [[] for _ in items]

    def work(box, item):
        box.append(fn(item))

    threads = [threading.Thread(target=work, args=(box, item)) for box, item in zip(boxes, items)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [box[0] for box in boxes]
