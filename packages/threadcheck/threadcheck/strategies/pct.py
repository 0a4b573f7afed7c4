"""PCT: probabilistic concurrency testing.

S. Burckhardt, P. Kothari, M. Musuvathi, S. Nagarakatte, "A Randomized Scheduler with
Probabilistic Guarantees of Finding Bugs", ASPLOS 2010. Each thread gets a random distinct
priority above `depth`; the highest-priority runnable thread always runs; at `depth - 1`
randomly chosen steps the running thread's priority drops below all initial ones. A bug of
depth d among n threads and k steps is found with probability at least 1/(n k^(d-1)).
Steps here are decision points; k is learnt from the schedules run so far.
"""

import random

from .base import Strategy


class PCT(Strategy):
    name = "pct"

    def __init__(self, seed, schedules, depth=3, steps_estimate=50):
        self._rng = random.Random(seed)
        self._left = schedules
        self._depth = depth
        self._k = steps_estimate
        self._priorities = {}
        self._change_points = {}
        self._step = 0
        self._last = None

    def begin(self):
        if self._left <= 0:
            return False
        self._left -= 1
        self._priorities = {}
        self._step = 0
        self._last = None
        points = self._rng.sample(range(1, max(self._k, self._depth) + 1), self._depth - 1)
        # the i-th change point lowers a priority to depth - 1 - i (all below initial ones)
        self._change_points = {p: self._depth - 1 - i for i, p in enumerate(sorted(points))}
        return True

    def choose(self, choices, current):
        self._step += 1
        for tid in choices:
            if tid not in self._priorities:
                self._priorities[tid] = self._depth + self._rng.random()
        lowered = self._change_points.get(self._step)
        if lowered is not None:
            running = current if current is not None else self._last
            if running is not None:
                self._priorities[running] = lowered
        self._last = max(choices, key=self._priorities.__getitem__)
        return self._last

    def end(self, outcome):
        self._k = max(self._k, len(outcome.decisions))
