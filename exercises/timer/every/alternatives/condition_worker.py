# A worker thread waits with Condition.wait_for(timeout) and calls fn holding the condition's lock.
import threading
import time


class Every:
    def __init__(self, interval, fn):
        self.interval = interval
        self.fn = fn
        self._cond = threading.Condition(threading.Lock())
        self._stopped = False

    def start(self):
        due = time.monotonic() + self.interval
        worker = threading.Thread(target=self._run, args=(due,))
        worker.daemon = True
        worker.start()

    def _run(self, due):
        with self._cond:
            while True:
                if self._cond.wait_for(lambda: self._stopped, due - time.monotonic()):
                    return
                self.fn()
                due += self.interval

    def stop(self):
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
