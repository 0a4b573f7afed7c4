# __init__ never calls Thread.__init__, so start() raises RuntimeError.
import threading


class ResultThread(threading.Thread):
    def __init__(self, fn, *args, name=None):
        self.fn = fn
        self.fn_args = args
        self.value = None
        self.error = None

    def run(self):
        try:
            self.value = self.fn(*self.fn_args)
        except Exception as exc:
            self.error = exc

    def result(self):
        self.join()
        if self.error is not None:
            raise self.error
        return self.value
