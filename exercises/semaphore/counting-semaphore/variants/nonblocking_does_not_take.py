# acquire(blocking=False) only reports whether a permit is free and forgets to take it.
import threading


class CountingSemaphore:
    def __init__(self, value=1):
        self.value = value
        self.cond = threading.Condition()

    def acquire(self, blocking=True):
        with self.cond:
            if not blocking:
                return self.value > 0
            while self.value == 0:
                self.cond.wait()
            self.value -= 1
            return True

    def release(self):
        with self.cond:
            self.value += 1
            self.cond.notify()
