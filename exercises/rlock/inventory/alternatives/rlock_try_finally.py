# An RLock taken with explicit acquire() and released in finally, as in the lecture.
import threading


class Inventory:
    def __init__(self):
        self.lock = threading.RLock()
        self.items = {}

    def add(self, item, qty=1):
        self.lock.acquire()
        try:
            if item in self.items:
                self.items[item] += qty
            else:
                self.items[item] = qty
        finally:
            self.lock.release()

    def add_many(self, items):
        self.lock.acquire()
        try:
            for item, qty in items.items():
                self.add(item, qty)
        finally:
            self.lock.release()

    def count(self, item):
        self.lock.acquire()
        try:
            return self.items.get(item, 0)
        finally:
            self.lock.release()

    def snapshot(self):
        self.lock.acquire()
        try:
            return dict(self.items)
        finally:
            self.lock.release()
