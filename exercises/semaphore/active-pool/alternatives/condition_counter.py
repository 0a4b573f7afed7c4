# A counter of running tasks under a Condition; a finishing task wakes one waiter.
import threading


class ActivePool:
    def __init__(self, limit: int):
        self.limit = limit
        self.active = 0
        self.changed = threading.Condition(threading.Lock())

    def run(self, fn, *args):
        with self.changed:
            while self.active >= self.limit:
                self.changed.wait()
            self.active += 1
        try:
            return fn(*args)
        finally:
            with self.changed:
                self.active -= 1
                self.changed.notify()
