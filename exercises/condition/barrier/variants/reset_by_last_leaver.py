# The last thread to leave resets the counts for the next round, but a fast thread can
# re-enter wait() for the next round before the slow ones have left: it still sees the old
# count, which says "everybody is here", and leaves the new round alone.
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
            while self.arrived < self.parties:
                self.cond.wait()
            self.left += 1
            if self.left == self.parties:  # the last one out resets for the next round
                self.arrived = 0
                self.left = 0
            return index
