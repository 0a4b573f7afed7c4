import threading


def fetch_all(urls: list, fetch, workers: int = 4) -> list:
    results = [None] * len(urls)
    lock = threading.Lock()
    slots = threading.BoundedSemaphore(workers)

    def work(i, url):
        with slots:
            page = fetch(url)
        with lock:
            results[i] = page

    threads = [threading.Thread(target=work, args=(i, url)) for i, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
