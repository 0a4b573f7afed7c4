# result() returns whatever is stored so far: it does not wait for the thread.
import threading


class ResultThread(threading.Thread):
    def __init__(self, fn, *args, name=None):
        super().__init__(name=name)
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
        if self.error is not None:
            raise self.error
        return self.value
