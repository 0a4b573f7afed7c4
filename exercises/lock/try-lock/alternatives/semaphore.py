# A semaphore with one permit taken with blocking=False; the scan itself runs inside
# `with`-less try/finally, the busy counter under an RLock.
import threading


class Scanner:
    def __init__(self):
        self._free = threading.BoundedSemaphore(1)
        self._stats = threading.RLock()
        self.busy = 0

    def try_scan(self, job):
        if self._free.acquire(blocking=False):
            try:
                job()
                return True
            finally:
                self._free.release()
        with self._stats:
            self.busy = self.busy + 1
        return False
