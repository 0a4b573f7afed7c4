# Each URL gets a Thread subclass that keeps its own result (no shared list); a Semaphore limits fetches.
import threading


class Fetcher(threading.Thread):
    def __init__(self, url, fetch, slots):
        super().__init__(name=f"fetch {url}")
        self.url = url
        self.fetch = fetch
        self.slots = slots
        self.page = None

    def run(self):
        self.slots.acquire()
        try:
            self.page = self.fetch(self.url)
        finally:
            self.slots.release()


def fetch_all(urls, fetch, workers=4):
    slots = threading.Semaphore(workers)
    fetchers = [Fetcher(url, fetch, slots) for url in urls]
    for fetcher in fetchers:
        fetcher.start()
    for fetcher in fetchers:
        fetcher.join()
    return [fetcher.page for fetcher in fetchers]
