# pass: the minimal one: threading.Semaphore(limit) as a context manager around the call; `return` and exceptions both leave the `with`, freeing the slot
import threading


class ActivePool:
    def __init__(self, limit: int):
        self._slots = threading.Semaphore(limit)

    def run(self, fn, *args):
        with self._slots:
            return fn(*args)
