import threading


def parallel_map(fn, items: list) -> list:
    results = [None] * len(items)

    def work(index, item):
        results[index] = fn(item)

    threads = [threading.Thread(target=work, args=(i, item)) for i, item in enumerate(items)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
