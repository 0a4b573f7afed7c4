# (index, page) pairs are appended to one shared list from every thread without a lock.
import threading


def fetch_all(urls, fetch, workers=4):
    pairs = []
    slots = threading.Semaphore(workers)

    def work(i, url):
        with slots:
            page = fetch(url)
        pairs.append((i, page))

    threads = [threading.Thread(target=work, args=(i, url)) for i, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [page for _, page in sorted(pairs)]
