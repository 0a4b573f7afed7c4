# Each trigger starts a thread that waits on its own Event for `delay`; setting the Event cancels it.
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.RLock()
        self._stop = None

    def trigger(self, *args):
        stop = threading.Event()
        with self._lock:
            if self._stop is not None:
                self._stop.set()
            self._stop = stop
        threading.Thread(target=self._wait_then_call, args=(stop, args)).start()

    def _wait_then_call(self, stop, args):
        if not stop.wait(self.delay):
            self.fn(*args)

    def cancel(self):
        with self._lock:
            if self._stop is not None:
                self._stop.set()
                self._stop = None
