# expect: race — no lock at all: polls the counter with sleep and then decrements it (check-then-act, unsynchronised read-modify-write)
import time


class CountingSemaphore:
    def __init__(self, value=1):
        self.value = value

    def acquire(self, blocking=True):
        while self.value <= 0:
            if not blocking:
                return False
            time.sleep(0.001)
        self.value -= 1
        return True

    def release(self):
        self.value += 1
