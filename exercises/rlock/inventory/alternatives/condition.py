# A Condition used as the lock: its default underlying lock is an RLock, so add_many may
# call add while holding it.
import threading


class Inventory:
    def __init__(self):
        self._cond = threading.Condition()
        self._items = {}

    def add(self, item, qty=1):
        with self._cond:
            self._items[item] = self._items.get(item, 0) + qty

    def add_many(self, items):
        with self._cond:
            for item in items:
                self.add(item, items[item])

    def count(self, item):
        with self._cond:
            return self._items.get(item, 0)

    def snapshot(self):
        with self._cond:
            return self._items.copy()
