import threading


class ResultThread(threading.Thread):
    def __init__(self, fn, *args, name=None):
        super().__init__(name=name)
        self._fn = fn
        self._fn_args = args
        self._value = None
        self._error = None

    def run(self) -> None:
        try:
            self._value = self._fn(*self._fn_args)
        except Exception as exc:  # kept for result(), not lost in this thread
            self._error = exc

    def result(self):
        self.join()
        if self._error is not None:
            raise self._error
        return self._value
