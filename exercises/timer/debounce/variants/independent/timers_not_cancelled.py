# expect: assertion — every trigger starts its own Timer and the earlier ones are never cancelled: fn runs once per trigger instead of once per burst
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self.lock = threading.Lock()
        self.timer = None

    def trigger(self, *args):
        with self.lock:
            self.timer = threading.Timer(self.delay, self.fn, args)
            self.timer.start()

    def cancel(self):
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
