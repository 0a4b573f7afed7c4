# expect: race — the arrival counter is read and incremented before taking the condition's lock ("only the waiting needs the lock")
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.cond = threading.Condition()

    def wait(self):
        index = self.count
        self.count += 1
        with self.cond:
            generation = self.generation
            if self.count == self.parties:
                self.count = 0
                self.generation += 1
                self.cond.notify_all()
            else:
                while generation == self.generation:
                    self.cond.wait()
        return index
