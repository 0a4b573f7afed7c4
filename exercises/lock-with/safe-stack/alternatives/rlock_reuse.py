# An RLock, so that try_pop can call pop while holding it and turn its IndexError into
# the default; a deque for the items.
import threading
from collections import deque


class SafeStack:
    def __init__(self):
        self._lock = threading.RLock()
        self._items = deque()

    def push(self, item):
        with self._lock:
            self._items.append(item)

    def pop(self):
        with self._lock:
            return self._items.pop()

    def try_pop(self, default=None):
        with self._lock:
            try:
                return self.pop()
            except IndexError:
                return default

    def __len__(self):
        with self._lock:
            return len(self._items)
