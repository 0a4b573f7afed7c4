# A Semaphore(0) as a latch: set_* releases one permit; every waiter takes it and gives it back.
import threading


class Future:
    def __init__(self):
        self._latch = threading.Semaphore(0)
        self._value = None
        self._error = None

    def set_result(self, value):
        self._value = value
        self._latch.release()

    def set_exception(self, exc):
        self._error = exc
        self._latch.release()

    def done(self):
        if self._latch.acquire(blocking=False):
            self._latch.release()
            return True
        return False

    def result(self, timeout=None):
        if not self._latch.acquire(timeout=timeout):
            raise TimeoutError("no result in time")
        self._latch.release()
        if self._error is not None:
            raise self._error
        return self._value


class _Runner(threading.Thread):
    def __init__(self, fn, args, future):
        super().__init__(daemon=True)
        self.fn = fn
        self.call_args = args
        self.future = future

    def run(self):
        try:
            value = self.fn(*self.call_args)
        except Exception as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(value)


def run_in_thread(fn, *args):
    future = Future()
    _Runner(fn, args, future).start()
    return future
