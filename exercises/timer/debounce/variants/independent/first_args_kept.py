# expect: assertion — the countdown is restarted correctly, but the arguments are only stored by the first trigger of a burst: fn gets the first call's args, not the last
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self._delay = delay
        self._fn = fn
        self._lock = threading.Lock()
        self._timer = None
        self._args = ()

    def trigger(self, *args):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            else:
                self._args = args          # remember what we were called with
            self._timer = threading.Timer(self._delay, self._fire)
            self._timer.start()

    def _fire(self):
        with self._lock:
            args = self._args
            self._timer = None
        self._fn(*args)

    def cancel(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
