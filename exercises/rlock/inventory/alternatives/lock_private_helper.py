# A plain Lock: the public methods take it once and share a private helper that expects
# the lock to be held already, so add_many never acquires it twice.
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = {}

    def _add_locked(self, item, qty):
        self._items[item] = self._items.get(item, 0) + qty

    def add(self, item, qty=1):
        with self._lock:
            self._add_locked(item, qty)

    def add_many(self, items):
        with self._lock:
            for item, qty in items.items():
                self._add_locked(item, qty)

    def count(self, item):
        with self._lock:
            return self._items.get(item, 0)

    def snapshot(self):
        with self._lock:
            return {item: qty for item, qty in self._items.items()}
