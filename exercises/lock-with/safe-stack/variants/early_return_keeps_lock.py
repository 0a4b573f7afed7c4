# try_pop returns the default early, before the release(): the lock stays held.
import threading


class SafeStack:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = []

    def push(self, item):
        with self._lock:
            self._items.append(item)

    def pop(self):
        with self._lock:
            return self._items.pop()

    def try_pop(self, default=None):
        self._lock.acquire()
        if not self._items:
            return default
        item = self._items.pop()
        self._lock.release()
        return item

    def __len__(self):
        with self._lock:
            return len(self._items)
