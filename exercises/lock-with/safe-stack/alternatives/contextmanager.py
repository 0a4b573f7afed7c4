# A context manager of our own (contextlib.contextmanager) around the lock: the code after
# `yield` runs in finally, so it releases on every path as `with lock:` does.
import threading
from contextlib import contextmanager


class SafeStack:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = []

    @contextmanager
    def _locked(self):
        self._lock.acquire()
        try:
            yield self._items
        finally:
            self._lock.release()

    def push(self, item):
        with self._locked() as items:
            items.append(item)

    def pop(self):
        with self._locked() as items:
            if len(items) == 0:
                raise IndexError("the stack is empty")
            return items.pop()

    def try_pop(self, default=None):
        with self._locked() as items:
            return items.pop() if items else default

    def __len__(self):
        with self._locked() as items:
            return len(items)
