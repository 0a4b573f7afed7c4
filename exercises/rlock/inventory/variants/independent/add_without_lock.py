# expect: race — add() trusts the GIL and takes no lock; only add_many and the readers lock: two adds race on the same key
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self._items = {}

    def add(self, item, qty=1):
        if item in self._items:
            self._items[item] += qty
        else:
            self._items[item] = qty

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
