# A polling loop on a plain counter, with no lock: check-then-act and a data race.
import time


class CountingSemaphore:
    def __init__(self, value=1):
        self.value = value

    def acquire(self, blocking=True):
        while self.value == 0:
            if not blocking:
                return False
            time.sleep(0.01)
        self.value -= 1
        return True

    def release(self):
        self.value += 1
