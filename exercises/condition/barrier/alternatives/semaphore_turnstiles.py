# The two-phase barrier of "The Little Book of Semaphores": two turnstiles, so that no
# thread can start the next round before every thread has left this one.
import threading


class Barrier:
    def __init__(self, parties: int):
        self.parties = parties
        self.count = 0
        self.mutex = threading.Lock()
        self.entry = threading.Semaphore(0)
        self.exit = threading.Semaphore(0)

    def wait(self) -> int:
        with self.mutex:
            index = self.count
            self.count += 1
            if self.count == self.parties:
                self.entry.release(self.parties)
        self.entry.acquire()
        with self.mutex:
            self.count -= 1
            if self.count == 0:
                self.exit.release(self.parties)
        self.exit.acquire()
        return index
