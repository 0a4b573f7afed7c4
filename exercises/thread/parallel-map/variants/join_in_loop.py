# join() right after start(): correct results, but the threads run one at a time.
import threading


def parallel_map(fn, items):
    results = [None] * len(items)

    def work(index, item):
        results[index] = fn(item)

    for i, item in enumerate(items):
        t = threading.Thread(target=work, args=(i, item))
        t.start()
        t.join()
    return results
