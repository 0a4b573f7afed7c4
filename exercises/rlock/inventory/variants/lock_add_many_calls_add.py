# add_many holds a plain (non-reentrant) Lock and calls add, which acquires it again:
# the thread waits for a lock it already holds itself.
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = {}

    def add(self, item, qty=1):
        with self._lock:
            self._items[item] = self._items.get(item, 0) + qty

    def add_many(self, items):
        with self._lock:
            for item, qty in items.items():
                self.add(item, qty)

    def count(self, item):
        with self._lock:
            return self._items.get(item, 0)

    def snapshot(self):
        with self._lock:
            return dict(self._items)
