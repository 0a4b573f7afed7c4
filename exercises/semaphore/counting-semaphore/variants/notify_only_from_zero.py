# release() notifies only when the count goes from 0 to 1: two releases in a row before
# the waiters run wake just one of two waiting threads (a lost wakeup).
import threading


class CountingSemaphore:
    def __init__(self, value=1):
        self.value = value
        self.cond = threading.Condition()

    def acquire(self, blocking=True):
        with self.cond:
            while self.value == 0:
                if not blocking:
                    return False
                self.cond.wait()
            self.value -= 1
            return True

    def release(self):
        with self.cond:
            self.value += 1
            if self.value == 1:  # "only then can someone be waiting"
                self.cond.notify()
