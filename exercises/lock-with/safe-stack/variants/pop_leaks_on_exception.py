# acquire()/release() without try/finally: when pop() of an empty list raises IndexError,
# release() never runs and the next call waits forever.
import threading


class SafeStack:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = []

    def push(self, item):
        self._lock.acquire()
        self._items.append(item)
        self._lock.release()

    def pop(self):
        self._lock.acquire()
        item = self._items.pop()
        self._lock.release()
        return item

    def try_pop(self, default=None):
        with self._lock:
            if not self._items:
                return default
            return self._items.pop()

    def __len__(self):
        with self._lock:
            return len(self._items)
