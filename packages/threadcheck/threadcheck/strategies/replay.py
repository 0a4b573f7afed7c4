"""Replay a recorded schedule: follow its decisions, then run without preemption.

A decision of `STAY` means "let the running thread continue": the minimiser uses it to
try a schedule with one preemption fewer. When the program differs from the one recorded
(a fixed solution replaying a failing token), a decision that names a thread which cannot
run falls back to the running thread, and `diverged` records it.
"""

from .base import Strategy

STAY = -1


class Replay(Strategy):
    name = "replay"

    def __init__(self, decisions):
        self._decisions = list(decisions)
        self._pos = 0
        self._used = False
        self.diverged = False

    def begin(self):
        if self._used:
            return False
        self._used = True
        self._pos = 0
        return True

    def choose(self, choices, current):
        i = self._pos
        self._pos += 1
        if i < len(self._decisions):
            wanted = self._decisions[i]
            if wanted in choices:
                return wanted
            if wanted != STAY:
                self.diverged = True
        if current is not None and current in choices:
            return current
        return choices[0]

    def end(self, outcome):
        pass
