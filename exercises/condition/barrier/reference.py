import threading


class Barrier:
    def __init__(self, parties: int):
        self.parties = parties
        self.count = 0          # threads that have arrived in the current round
        self.generation = 0     # rounds completed so far
        self.cond = threading.Condition()

    def wait(self) -> int:
        with self.cond:
            index = self.count
            self.count += 1
            if self.count == self.parties:
                # The last one in opens the barrier and starts the next round at once:
                # the waiters wait for the generation to change, not for a count or a flag
                # that a fast thread of the next round could change again before they wake.
                self.count = 0
                self.generation += 1
                self.cond.notify_all()
            else:
                generation = self.generation
                while generation == self.generation:
                    self.cond.wait()
            return index
