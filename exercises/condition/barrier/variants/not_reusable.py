# Works for one round only: the count is never reset, so in the second round every thread
# sees count >= parties and walks straight through (with an index out of range).
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.cond = threading.Condition()

    def wait(self):
        with self.cond:
            index = self.count
            self.count += 1
            if self.count == self.parties:
                self.cond.notify_all()
            while self.count < self.parties:
                self.cond.wait()
            return index
