# Pages are appended (under a lock) in the order the fetches finish, not in the order of the URLs.
import threading


def fetch_all(urls, fetch, workers=4):
    results = []
    lock = threading.Lock()
    slots = threading.Semaphore(workers)

    def work(url):
        with slots:
            page = fetch(url)
        with lock:
            results.append(page)

    threads = [threading.Thread(target=work, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
