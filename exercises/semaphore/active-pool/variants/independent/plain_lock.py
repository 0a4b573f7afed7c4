# expect: assertion — a plain Lock instead of a semaphore: safe, but never more than one call runs at once, so `limit` at once is never reached
import threading


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.lock = threading.Lock()

    def run(self, fn, *args):
        with self.lock:
            return fn(*args)
