# The closure reads the loop variable i when the thread runs, not when it was created.
import threading


def parallel_map(fn, items):
    results = [None] * len(items)
    threads = []
    for i in range(len(items)):
        def work():
            results[i] = fn(items[i])

        t = threading.Thread(target=work)
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    return results
