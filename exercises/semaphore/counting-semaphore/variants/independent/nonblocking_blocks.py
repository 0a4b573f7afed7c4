# expect: assertion — ignores `blocking`, so acquire(False) waits for a permit instead of returning False at once
import threading


class CountingSemaphore:
    def __init__(self, value=1):
        self.value = value
        self.cond = threading.Condition()

    def acquire(self, blocking=True):
        with self.cond:
            while self.value == 0:
                self.cond.wait()
            self.value -= 1
            return True

    def release(self):
        with self.cond:
            self.value += 1
            self.cond.notify()
