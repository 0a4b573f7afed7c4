# expect: assertion — blocking logic is right but a successful acquire() falls off the end and returns None instead of True
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

    def release(self):
        with self.cond:
            self.value += 1
            self.cond.notify()
