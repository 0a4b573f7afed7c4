import threading


class ResultThread(threading.Thread):
    def __init__(self, fn, *args, name=None):
        super().__init__(name=name)
        self.fn = fn
        self.fn_args = args
        self.value = None
        self.error = None
        self.finished = threading.Semaphore(0)

    def run(self):
        try:
            self.value = self.fn(*self.fn_args)
        except Exception as exc:
            self.error = exc
        self.finished.release()

    def result(self):
        with self.finished:  # waits until run() released it, then gives it back for the next call
            pass
        if self.error is not None:
            raise self.error
        return self.value
