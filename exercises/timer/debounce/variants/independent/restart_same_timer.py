# expect: exception — keeps one Timer and "restarts" it with cancel() + start(): the second trigger raises RuntimeError "threads can only be started once"
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
            self._args = args
            if self._timer is None:
                self._timer = threading.Timer(self._delay, self._fire)
            else:
                self._timer.cancel()
            self._timer.start()

    def _fire(self):
        with self._lock:
            args = self._args
        self._fn(*args)

    def cancel(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
