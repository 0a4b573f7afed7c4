# run() does not catch fn's exception: it ends the thread, and result() never sees it.
import threading


class ResultThread(threading.Thread):
    def __init__(self, fn, *args, name=None):
        super().__init__(name=name)
        self.fn = fn
        self.fn_args = args
        self.value = None

    def run(self):
        self.value = self.fn(*self.fn_args)

    def result(self):
        self.join()
        return self.value
