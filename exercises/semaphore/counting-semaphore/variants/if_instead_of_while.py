# `if` instead of `while` around wait(): a woken thread takes a permit without checking
# that another thread has not taken it first, so the count goes below zero.
import threading


class CountingSemaphore:
    def __init__(self, value=1):
        self.value = value
        self.cond = threading.Condition()

    def acquire(self, blocking=True):
        with self.cond:
            if self.value == 0:
                if not blocking:
                    return False
                self.cond.wait()
            self.value -= 1
            return True

    def release(self):
        with self.cond:
            self.value += 1
            self.cond.notify()
