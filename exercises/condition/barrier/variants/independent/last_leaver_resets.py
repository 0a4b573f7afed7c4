# expect: assertion — the last thread to *leave* resets the counter; a fast thread re-entering before that sees count >= parties, leaves the next round at once with index >= parties (later schedules also deadlock)
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.arrived = 0
        self.left = 0
        self.cond = threading.Condition()

    def wait(self):
        with self.cond:
            index = self.arrived
            self.arrived += 1
            if self.arrived == self.parties:
                self.cond.notify_all()
            else:
                while self.arrived < self.parties:
                    self.cond.wait()
            self.left += 1
            if self.left == self.parties:
                # everybody is through, get ready for the next round
                self.arrived = 0
                self.left = 0
            return index
