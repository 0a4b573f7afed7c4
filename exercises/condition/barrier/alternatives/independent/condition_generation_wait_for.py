# pass: one Condition, an arrival counter and a generation number; the last arrival resets the counter, bumps the generation and notify_all(); the others wait_for the generation to change
import threading


class Barrier:
    def __init__(self, parties: int):
        if parties < 1:
            raise ValueError("parties must be at least 1")
        self._parties = parties
        self._cond = threading.Condition()
        self._arrived = 0
        self._generation = 0

    def wait(self) -> int:
        with self._cond:
            generation = self._generation
            index = self._arrived
            self._arrived += 1
            if self._arrived == self._parties:
                self._arrived = 0
                self._generation += 1
                self._cond.notify_all()
            else:
                self._cond.wait_for(lambda: self._generation != generation)
            return index
