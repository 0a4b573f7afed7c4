# The last thread to arrive wakes only one waiter with notify(): with three parties the
# third thread is never woken.
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.cond = threading.Condition()

    def wait(self):
        with self.cond:
            index = self.count
            self.count += 1
            if self.count == self.parties:
                self.count = 0
                self.generation += 1
                self.cond.notify()
            else:
                generation = self.generation
                while generation == self.generation:
                    self.cond.wait()
            return index
