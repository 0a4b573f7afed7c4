# Semaphore with explicit acquire() and release() in try/finally instead of `with`.
import threading


class ActivePool:
    def __init__(self, limit: int):
        self._semaphore = threading.Semaphore(limit)

    def run(self, fn, *args):
        self._semaphore.acquire()
        try:
            return fn(*args)
        finally:
            self._semaphore.release()
