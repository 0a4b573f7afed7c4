# args=(i) is just i, an int: Thread.run() cannot unpack it and every thread dies (TypeError).
import threading


def parallel_map(fn, items):
    results = [None] * len(items)

    def work(index):
        results[index] = fn(items[index])

    threads = [threading.Thread(target=work, args=(i)) for i in range(len(items))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
