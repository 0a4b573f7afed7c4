# Every thread appends to one shared list: unsynchronised, and in the order threads finish.
import threading


def parallel_map(fn, items):
    results = []

    def work(item):
        results.append(fn(item))

    threads = [threading.Thread(target=work, args=(item,)) for item in items]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
