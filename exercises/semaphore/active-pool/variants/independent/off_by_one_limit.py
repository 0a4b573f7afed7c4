# expect: assertion — waits only while running > limit, so limit + 1 calls run at once
import threading


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.running = 0
        self.cond = threading.Condition()

    def run(self, fn, *args):
        with self.cond:
            while self.running > self.limit:
                self.cond.wait()
            self.running += 1
        try:
            return fn(*args)
        finally:
            with self.cond:
                self.running -= 1
                self.cond.notify_all()
