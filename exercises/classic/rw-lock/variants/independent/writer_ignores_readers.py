# expect: assertion — readers count themselves and wait for writers, but a writer only waits for other writers, not for active readers: a writer and a reader are inside together
import threading


class ReadWriteLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False

    def acquire_read(self):
        with self.cond:
            while self.writing:
                self.cond.wait()
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            while self.writing:
                self.cond.wait()
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()
