# One daemon thread waits on a stop Event with a timeout until each fixed due time; stop() sets it and joins.
import threading
import time


class Every:
    def __init__(self, interval, fn):
        self.interval = interval
        self.fn = fn
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="every", daemon=True)

    def start(self):
        self._first = time.monotonic() + self.interval
        self._thread.start()

    def _run(self):
        due = self._first
        while not self._stop.wait(due - time.monotonic()):
            self.fn()
            due += self.interval

    def stop(self):
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join()
