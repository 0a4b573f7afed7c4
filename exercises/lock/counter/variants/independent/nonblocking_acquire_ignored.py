# expect: race — acquire(False) result ignored ("non-blocking is faster"): when the lock is busy the increment runs unprotected
import threading


class Counter:
    def __init__(self, start: int = 0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self) -> None:
        got_it = self.lock.acquire(False)
        self.value = self.value + 1
        if got_it:
            self.lock.release()
