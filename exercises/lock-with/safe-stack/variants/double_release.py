# release() in the body and again in finally: the second one releases an unlocked lock
# (RuntimeError).
import threading


class SafeStack:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = []

    def push(self, item):
        with self._lock:
            self._items.append(item)

    def pop(self):
        self._lock.acquire()
        try:
            item = self._items.pop()
            self._lock.release()
            return item
        finally:
            self._lock.release()

    def try_pop(self, default=None):
        with self._lock:
            if not self._items:
                return default
            return self._items.pop()

    def __len__(self):
        with self._lock:
            return len(self._items)
