# expect: assertion — trigger() itself sleeps for the delay and then fires if no newer trigger came: the right calls happen, but trigger blocks for `delay` (timing)
import threading
import time


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self.lock = threading.Lock()
        self.latest = 0
        self.cancelled = False

    def trigger(self, *args):
        with self.lock:
            self.latest += 1
            mine = self.latest
            self.cancelled = False
        time.sleep(self.delay)
        with self.lock:
            if mine != self.latest or self.cancelled:
                return
        self.fn(*args)

    def cancel(self):
        with self.lock:
            self.cancelled = True
