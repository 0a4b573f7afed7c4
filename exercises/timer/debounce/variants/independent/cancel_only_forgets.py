# expect: assertion — cancel() just drops the reference to the pending Timer without calling its cancel(): the "cancelled" call still happens
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self._delay = delay
        self._fn = fn
        self._lock = threading.Lock()
        self._timer = None

    def trigger(self, *args):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self._delay, self._fn, args)
            self._timer.start()

    def cancel(self):
        with self._lock:
            self._timer = None
