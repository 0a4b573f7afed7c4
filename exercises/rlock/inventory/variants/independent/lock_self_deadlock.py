# expect: deadlock — add_many holds a plain Lock and calls add(), which tries to take the same non-reentrant Lock again
import threading


class Inventory:
    def __init__(self):
        self.lock = threading.Lock()
        self.items = {}

    def add(self, item, qty=1):
        with self.lock:
            self.items[item] = self.items.get(item, 0) + qty

    def add_many(self, items):
        with self.lock:
            for item, qty in items.items():
                self.add(item, qty)

    def count(self, item):
        with self.lock:
            return self.items.get(item, 0)

    def snapshot(self):
        with self.lock:
            return dict(self.items)
