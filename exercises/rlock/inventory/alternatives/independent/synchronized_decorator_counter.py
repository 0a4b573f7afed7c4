# pass: a functools.wraps `@synchronized` decorator doing RLock acquire/release in try/finally; storage is a collections.Counter indexed with subscripts
import collections
import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self._lock.acquire()
        try:
            return method(self, *args, **kwargs)
        finally:
            self._lock.release()
    return wrapper


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self._counts = collections.Counter()

    @synchronized
    def add(self, item, qty=1):
        self._counts[item] += qty

    @synchronized
    def add_many(self, items):
        for item, qty in items.items():
            self.add(item, qty)          # re-enters the RLock

    @synchronized
    def count(self, item):
        return self._counts[item]        # a Counter answers 0 for a missing item

    @synchronized
    def snapshot(self):
        return dict(self._counts)
