# `>` instead of `>=`: lets limit + 1 tasks run at once.
import threading


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.active = 0
        self.cond = threading.Condition()

    def run(self, fn, *args):
        with self.cond:
            while self.active > self.limit:
                self.cond.wait()
            self.active += 1
        try:
            return fn(*args)
        finally:
            with self.cond:
                self.active -= 1
                self.cond.notify()
