# `if` instead of `while`: a woken writer does not check again, although a reader may
# have come back in before it re-acquired the lock.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.writing = False
        self.cond = threading.Condition()

    def acquire_read(self):
        with self.cond:
            while self.writing:
                self.cond.wait()
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            if self.writing or self.readers > 0:
                self.cond.wait()
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()
