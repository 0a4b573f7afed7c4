import threading


def parallel_map(fn, items):
    done = {}
    lock = threading.Lock()

    def work(index, item):
        value = fn(item)
        with lock:
            done[index] = value

    threads = [threading.Thread(target=work, kwargs={"index": i, "item": item})
               for i, item in enumerate(items)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [done[i] for i in range(len(items))]
