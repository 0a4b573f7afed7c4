# The first arrival of a round clears the "released" flag: a fast thread re-entering wait()
# for the next round clears it before the slow threads of this round have woken up, so
# they go back to sleep and everybody waits forever. A generation counter avoids this.
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.released = False
        self.cond = threading.Condition()

    def wait(self):
        with self.cond:
            if self.count == 0:
                self.released = False  # a new round begins
            index = self.count
            self.count += 1
            if self.count == self.parties:
                self.count = 0
                self.released = True
                self.cond.notify_all()
            while not self.released:
                self.cond.wait()
            return index
