# A plain Lock: safe, but only one task ever runs at a time, whatever the limit.
import threading


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.lock = threading.Lock()

    def run(self, fn, *args):
        with self.lock:
            return fn(*args)
