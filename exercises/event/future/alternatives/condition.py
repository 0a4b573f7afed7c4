# A Condition: result() waits with wait_for(predicate, timeout), the setters notify_all().
import threading


class Future:
    def __init__(self):
        self._cond = threading.Condition()
        self._finished = False
        self._value = None
        self._error = None

    def _finish(self, value, error):
        with self._cond:
            self._value = value
            self._error = error
            self._finished = True
            self._cond.notify_all()

    def set_result(self, value):
        self._finish(value, None)

    def set_exception(self, exc):
        self._finish(None, exc)

    def done(self):
        with self._cond:
            return self._finished

    def result(self, timeout=None):
        with self._cond:
            if not self._cond.wait_for(lambda: self._finished, timeout):
                raise TimeoutError("no result in time")
            if self._error is not None:
                raise self._error
            return self._value


def run_in_thread(fn, *args):
    future = Future()

    def runner():
        try:
            value = fn(*args)
        except Exception as exc:
            future.set_exception(exc)
            return
        future.set_result(value)

    worker = threading.Thread(target=runner, name="run_in_thread")
    worker.daemon = True
    worker.start()
    return future
