# BoundedSemaphore: like Semaphore, but releasing more than was acquired is an error.
from threading import BoundedSemaphore


class ActivePool:
    def __init__(self, limit: int):
        self.limit = limit
        self.slots = BoundedSemaphore(limit)

    def run(self, fn, *args):
        with self.slots:
            result = fn(*args)
        return result
