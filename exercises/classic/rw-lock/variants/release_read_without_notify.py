# The last reader to leave does not notify: a writer waiting for the room to empty sleeps
# for ever.
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

    def acquire_write(self):
        with self.cond:
            while self.writing or self.readers > 0:
                self.cond.wait()
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()
