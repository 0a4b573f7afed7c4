# Check-then-act: locked() says "free", but another caller takes the lock before the
# blocking acquire(), which then waits.
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.busy = 0

    def try_scan(self, job):
        if self._lock.locked():
            with self._count_lock:
                self.busy += 1
            return False
        self._lock.acquire()
        try:
            job()
        finally:
            self._lock.release()
        return True
