# expect: assertion — the "is there a free slot?" test and the increment are each locked, but in separate critical sections: two callers both see a free slot and more than `limit` run at once
import threading
import time


class ActivePool:
    def __init__(self, limit):
        self.limit = limit
        self.active = 0
        self.lock = threading.Lock()

    def _slot_free(self):
        with self.lock:
            return self.active < self.limit

    def run(self, fn, *args):
        while not self._slot_free():
            time.sleep(0.01)
        with self.lock:
            self.active += 1
        try:
            return fn(*args)
        finally:
            with self.lock:
                self.active -= 1
