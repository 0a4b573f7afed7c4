# release() is not in finally: when the job raises, the lock stays held and the scanner
# reports "busy" forever after.
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.busy = 0

    def try_scan(self, job):
        if not self._lock.acquire(blocking=False):
            with self._count_lock:
                self.busy += 1
            return False
        job()
        self._lock.release()
        return True
