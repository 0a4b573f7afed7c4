# A writer waits for the readers to leave but not for another writer.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.writers = 0
        self.cond = threading.Condition()

    def acquire_read(self):
        with self.cond:
            while self.writers > 0:
                self.cond.wait()
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            while self.readers > 0:
                self.cond.wait()
            self.writers += 1

    def release_write(self):
        with self.cond:
            self.writers -= 1
            self.cond.notify_all()
