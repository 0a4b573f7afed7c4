import threading


def parallel_map(fn, items):
    results = [None] * len(items)

    def store(index, item):
        results[index] = fn(item)

    threads = []
    for i, item in enumerate(items):
        # Default values are evaluated now, so each lambda keeps its own i and item.
        threads.append(threading.Thread(target=lambda i=i, item=item: store(i, item)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
