# One Event for every round, set and at once cleared by the last arrival: a thread that has
# counted itself in but not yet reached event.wait() misses the signal and waits forever.
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.lock = threading.Lock()
        self.event = threading.Event()

    def wait(self):
        with self.lock:
            index = self.count
            self.count += 1
            last = self.count == self.parties
            if last:
                self.count = 0
        if last:
            self.event.set()
            self.event.clear()  # ready for the next round
        else:
            self.event.wait()
        return index
