import threading


class SafeStack:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = []

    def push(self, item) -> None:
        with self._lock:
            self._items.append(item)

    def pop(self):
        with self._lock:
            return self._items.pop()  # IndexError on an empty stack; `with` still releases

    def try_pop(self, default=None):
        with self._lock:
            if not self._items:
                return default  # an early return: `with` releases here too
            return self._items.pop()

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
