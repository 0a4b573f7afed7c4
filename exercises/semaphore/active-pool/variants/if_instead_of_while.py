# `if` instead of `while` around wait(): a woken thread does not check again, although
# another thread may have taken the freed slot first.
import threading


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.active = 0
        self.cond = threading.Condition()

    def run(self, fn, *args):
        with self.cond:
            if self.active >= self.limit:
                self.cond.wait()
            self.active += 1
        try:
            return fn(*args)
        finally:
            with self.cond:
                self.active -= 1
                self.cond.notify()
