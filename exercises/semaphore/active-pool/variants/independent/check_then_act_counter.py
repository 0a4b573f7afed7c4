# expect: race — a hand-made counter with no lock: polls `while active >= limit: sleep`, then `active += 1` (check-then-act, unsynchronised read-modify-write)
import time


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.active = 0

    def run(self, fn, *args):
        while self.active >= self.limit:
            time.sleep(0.01)
        self.active += 1
        try:
            return fn(*args)
        finally:
            self.active -= 1
