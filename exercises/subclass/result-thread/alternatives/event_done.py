import threading


class ResultThread(threading.Thread):
    def __init__(self, fn, *args, name=None):
        super().__init__(name=name)
        self.fn = fn
        self.fn_args = args
        self.value = None
        self.error = None
        self.done = threading.Event()

    def run(self):
        try:
            self.value = self.fn(*self.fn_args)
        except Exception as exc:
            self.error = exc
        finally:
            self.done.set()  # after the result is stored: set() orders the writes before wait()

    def result(self):
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.value
