# expect: deadlock — release() adds the permit but notifies nobody: threads already waiting in acquire() never wake up
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
