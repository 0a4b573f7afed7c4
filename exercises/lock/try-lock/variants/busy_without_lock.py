# busy is incremented without any lock: two callers that find the scanner busy at the same
# time both read and write it.
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self.busy = 0

    def try_scan(self, job):
        if not self._lock.acquire(blocking=False):
            self.busy += 1
            return False
        try:
            job()
        finally:
            self._lock.release()
        return True
