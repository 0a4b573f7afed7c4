"""Shrink a failing schedule before showing it: fewest preemptions, then fewest steps.

Two passes, within a budget of runs and time:
1. search again with a smaller preemption bound (0, 1, ... below the failure's count),
   as iterative context bounding does: the first schedule failing with the same kind has
   the fewest preemptions any such schedule can have, when that search completes;
2. greedy: try removing each remaining preemption (replaying with "let the running
   thread continue" there and the recorded decisions elsewhere), keeping any variant that
   still fails with the same kind and is smaller, until no single removal helps.
The explorer's own bounded phase already finds bugs in order of preemption count, so this
matters most for schedules found by PCT or the random walk.
"""

import time

from ..strategies.bounded import BoundedSearch
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
    for bound in range(best.preemptions):
        strategy = BoundedSearch(bound, max_runs)
        found = None
        while found is None and strategy.begin() and runs < max_runs * 3 and time.perf_counter() < deadline:
            candidate = run_schedule(prepared, scenario, strategy)
            strategy.end(candidate)
            runs += 1
            if candidate.stuck:
                return best, runs
            if candidate.failure is not None and candidate.failure.kind == kind:
                found = candidate
        if found is not None:
            best = found
            break
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
