# The lecture's pattern: have_it = lock.acquire(False), and release in finally only if
# we have it; busy is a read-only property over a counter with its own lock.
import threading


class Scanner:
    def __init__(self):
        self.lock = threading.Lock()
        self.stats_lock = threading.Lock()
        self._busy = 0

    @property
    def busy(self):
        with self.stats_lock:
            return self._busy

    def try_scan(self, job):
        have_it = self.lock.acquire(False)
        try:
            if have_it:
                job()
            else:
                with self.stats_lock:
                    self._busy += 1
        finally:
            if have_it:
                self.lock.release()
        return have_it
