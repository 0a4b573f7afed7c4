# A new Semaphore on every call: each thread has its own, so nothing is limited.
import threading


class ActivePool:
    def __init__(self, limit):
        self.limit = limit

    def run(self, fn, *args):
        slots = threading.Semaphore(self.limit)
        with slots:
            return fn(*args)
