# A new lock on every call protects nothing: each thread locks its own lock.
import threading


class Counter:
    def __init__(self, start=0):
        self.value = start

    def increment(self):
        lock = threading.Lock()
        with lock:
            self.value = self.value + 1
