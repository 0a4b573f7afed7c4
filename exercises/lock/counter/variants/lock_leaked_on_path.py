# The lock is released only on the common path: when the value is even the method returns
# early still holding it, and the next increment blocks forever.
import threading


class Counter:
    def __init__(self, start=0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self):
        self.lock.acquire()
        self.value = self.value + 1
        if self.value % 2 == 0:
            return
        self.lock.release()
