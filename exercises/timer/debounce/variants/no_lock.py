# Cancel-and-replace without a lock: two threads triggering at once race on self._timer (one Timer escapes).
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._timer = None

    def trigger(self, *args):
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.delay, self.fn, args)
        self._timer.start()

    def cancel(self):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
