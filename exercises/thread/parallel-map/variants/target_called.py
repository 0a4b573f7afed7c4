# target=work(i, item) calls work right here, in the caller's thread; the thread gets None.
import threading


def parallel_map(fn, items):
    results = [None] * len(items)

    def work(index, item):
        results[index] = fn(item)

    threads = [threading.Thread(target=work(i, item)) for i, item in enumerate(items)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
