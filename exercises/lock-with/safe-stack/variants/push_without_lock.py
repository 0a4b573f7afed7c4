# push appends without the lock ("append is atomic anyway"): it races with pop and len.
import threading


class SafeStack:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        with self._lock:
            return self._items.pop()

    def try_pop(self, default=None):
        with self._lock:
            if not self._items:
                return default
            return self._items.pop()

    def __len__(self):
        with self._lock:
            return len(self._items)
