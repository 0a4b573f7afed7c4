"""Random walk: every decision uniformly at random, from a seed."""

import random

from .base import Strategy


class RandomWalk(Strategy):
    name = "random"

    def __init__(self, seed, schedules):
        self._rng = random.Random(seed)
        self._left = schedules

    def begin(self):
        if self._left <= 0:
            return False
        self._left -= 1
        return True

    def choose(self, choices, current):
        return choices[self._rng.randrange(len(choices))]

    def end(self, outcome):
        pass
