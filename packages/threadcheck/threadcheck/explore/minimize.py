"""Shrink a failing schedule before showing it: fewest preemptions, then fewest steps.

Greedy: try removing each preemption (replaying with "let the running thread continue"
there and following the recorded decisions elsewhere); keep any variant that still fails
with the same kind and is smaller; repeat until no single removal helps or the budget is
spent. The bounded search already finds bugs in order of preemption count, so this
matters most for schedules found by PCT or the random walk.
"""

import time

from ..strategies.replay import STAY, Replay
from .run import run_schedule


def replay(prepared, scenario, decisions):
    strategy = Replay(decisions)
    strategy.begin()
    outcome = run_schedule(prepared, scenario, strategy)
    strategy.end(outcome)
    return outcome, strategy.diverged


def _size(outcome):
    return (outcome.preemptions, outcome.steps)


def minimize(prepared, scenario, outcome, max_runs=80, time_budget=1.5):
    if outcome.stuck:
        return outcome, 0
    kind = outcome.failure.kind
    best = outcome
    runs = 0
    deadline = time.perf_counter() + time_budget
    improved = True
    while improved and runs < max_runs and time.perf_counter() < deadline:
        improved = False
        for i in reversed([i for i, p in enumerate(best.preempted) if p]):
            decisions = list(best.decisions)
            decisions[i] = STAY
            candidate, _ = replay(prepared, scenario, decisions[: i + 1] + best.decisions[i + 1:])
            runs += 1
            if candidate.stuck:
                return best, runs
            if (candidate.failure is not None and candidate.failure.kind == kind
                    and _size(candidate) < _size(best)):
                best = candidate
                improved = True
                break
            if runs >= max_runs or time.perf_counter() >= deadline:
                break
    return best, runs
