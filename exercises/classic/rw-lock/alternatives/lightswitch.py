# The classic two-lock solution: a "room empty" semaphore that the first reader in takes
# and the last reader out gives back ("lightswitch"), and a mutex for the reader count.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.mutex = threading.Lock()
        self.room_empty = threading.Semaphore(1)

    def acquire_read(self):
        self.mutex.acquire()
        try:
            self.readers += 1
            if self.readers == 1:
                self.room_empty.acquire()  # the first reader in locks the writers out
        finally:
            self.mutex.release()

    def release_read(self):
        self.mutex.acquire()
        try:
            self.readers -= 1
            if self.readers == 0:
                self.room_empty.release()  # the last reader out lets them in
        finally:
            self.mutex.release()

    def acquire_write(self):
        self.room_empty.acquire()

    def release_write(self):
        self.room_empty.release()
