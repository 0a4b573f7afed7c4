# The threads are started but never joined: the list is returned while they still run.
import threading


def parallel_map(fn, items):
    results = [None] * len(items)

    def work(index, item):
        results[index] = fn(item)

    for i, item in enumerate(items):
        threading.Thread(target=work, args=(i, item)).start()
    return results
