# Each thread writes only its own slot results[i] of a list made before the threads start; a Semaphore limits fetches.
import threading


def fetch_all(urls, fetch, workers=4):
    results = [None] * len(urls)
    slots = threading.Semaphore(workers)

    def work(i, url):
        with slots:
            results[i] = fetch(url)

    threads = [threading.Thread(target=work, args=(i, url)) for i, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
