# One thread per URL and no limit: every fetch runs at once, more than `workers`.
import threading


def fetch_all(urls, fetch, workers=4):
    results = [None] * len(urls)
    lock = threading.Lock()

    def work(i, url):
        page = fetch(url)
        with lock:
            results[i] = page

    threads = [threading.Thread(target=work, args=(i, url)) for i, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
