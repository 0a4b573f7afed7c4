# Batches of `workers` threads, each batch joined before the next starts: a worker idles while URLs wait.
import threading


def fetch_all(urls, fetch, workers=4):
    results = [None] * len(urls)
    lock = threading.Lock()

    def work(i, url):
        page = fetch(url)
        with lock:
            results[i] = page

    for first in range(0, len(urls), workers):
        batch = [threading.Thread(target=work, args=(i, urls[i]))
                 for i in range(first, min(first + workers, len(urls)))]
        for thread in batch:
            thread.start()
        for thread in batch:
            thread.join()
    return results
