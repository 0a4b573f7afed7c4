# collections.Counter under a plain Lock: Counter.update adds a whole batch in one call.
import threading
from collections import Counter


class Inventory:
    def __init__(self):
        self._lock = threading.Lock()
        self._stock = Counter()

    def add(self, item, qty=1):
        with self._lock:
            self._stock[item] += qty

    def add_many(self, items):
        with self._lock:
            self._stock.update(items)

    def count(self, item):
        with self._lock:
            return self._stock[item]

    def snapshot(self):
        with self._lock:
            return dict(self._stock)
