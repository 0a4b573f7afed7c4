# A pool of min(workers, n) threads; each takes the next index from a shared deque under a Lock.
import threading
from collections import deque


def fetch_all(urls, fetch, workers=4):
    todo = deque(enumerate(urls))
    pages = {}
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                if not todo:
                    return
                i, url = todo.popleft()
            page = fetch(url)
            with lock:
                pages[i] = page

    pool = [threading.Thread(target=worker, name=f"worker-{k}") for k in range(min(workers, len(urls)))]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return [pages[i] for i in range(len(urls))]
