# A writer waits for the readers, but a reader does not wait for a writer inside.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.writing = False
        self.cond = threading.Condition()

    def acquire_read(self):
        with self.cond:
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            while self.writing or self.readers > 0:
                self.cond.wait()
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()
