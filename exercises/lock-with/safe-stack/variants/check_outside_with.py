# try_pop checks for emptiness before entering `with`: another thread can pop the last
# item between the check and the pop.
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
        if len(self._items) == 0:
            return default
        with self._lock:
            return self._items.pop()

    def __len__(self):
        with self._lock:
            return len(self._items)
