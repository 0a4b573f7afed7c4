# Checks for a free slot under the lock, then takes it in a second critical section:
# several threads can all see the same free slot.
import threading


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.active = 0
        self.cond = threading.Condition()

    def run(self, fn, *args):
        with self.cond:
            while self.active >= self.limit:
                self.cond.wait()
        with self.cond:
            self.active += 1
        try:
            return fn(*args)
        finally:
            with self.cond:
                self.active -= 1
                self.cond.notify()
