# expect: assertion — `if` instead of `while`: a woken waiter does not re-check, a newcomer that barged in took the permit meanwhile, the counter goes negative and two threads hold one permit
import threading


class CountingSemaphore:
    def __init__(self, value=1):
        self.value = value
        self.cond = threading.Condition()

    def acquire(self, blocking=True):
        with self.cond:
            if self.value <= 0:
                if not blocking:
                    return False
                self.cond.wait()
            self.value -= 1
            return True

    def release(self):
        with self.cond:
            self.value += 1
            self.cond.notify()
