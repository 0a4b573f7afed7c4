# pass: Timer plus a generation number: the callback re-checks under the lock that it is still the latest trigger (so even a Timer that already woke cannot fire stale args); RLock with acquire/release in try/finally, fn called outside the lock
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.RLock()
        self._generation = 0
        self._timer = None

    def _fire(self, generation, args):
        self._lock.acquire()
        try:
            if generation != self._generation:
                return                      # superseded or cancelled
            self._timer = None
        finally:
            self._lock.release()
        self.fn(*args)

    def trigger(self, *args):
        self._lock.acquire()
        try:
            self._generation += 1
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire, (self._generation, args))
            self._timer.start()
        finally:
            self._lock.release()

    def cancel(self):
        self._lock.acquire()
        try:
            self._generation += 1
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        finally:
            self._lock.release()
