# Each thread is joined right after it is started: sequential in disguise.
import threading


def fetch_all(urls, fetch, workers=4):
    results = [None] * len(urls)
    lock = threading.Lock()

    def work(i, url):
        page = fetch(url)
        with lock:
            results[i] = page

    for i, url in enumerate(urls):
        thread = threading.Thread(target=work, args=(i, url))
        thread.start()
        thread.join()
    return results
