"""Explore one scenario's schedules until a failure or the budget runs out.

Order, fixed so that grading does not depend on luck: first every schedule with 0, then
1, ... up to `bound` preemptions (deterministic, seed-independent), then PCT and a random
walk from the seed for as long as the scenario's budget allows.
"""

import time

from ..strategies.bounded import BoundedSearch
from ..strategies.pct import PCT
from ..strategies.random_walk import RandomWalk
from ..strategies import token as tokens
from .minimize import minimize, replay
from .run import run_schedule


class ScenarioResult:
    def __init__(self, scenario, schedules, failing=None, token=None, missing=None,
                 deprecated=(), diverged=False, stuck=False):
        self.scenario = scenario
        self.schedules = schedules
        self.failing = failing  # the (minimised) failing Outcome
        self.token = token
        self.missing = missing or {}  # must_reach labels no schedule showed
        self.deprecated = set(deprecated)
        self.diverged = diverged
        self.stuck = stuck

    @property
    def passed(self):
        return self.failing is None and not self.missing


def phases(scenario, seed):
    for bound in range(scenario.bound + 1):
        yield BoundedSearch(bound, scenario.schedules), False
    half = max(1, scenario.random_schedules // 2)
    yield PCT(seed, half), True
    yield RandomWalk(seed + 1, scenario.random_schedules - half), True


def explore(prepared, scenario, seed, on_progress=None, clock=time.perf_counter):
    schedules = 0
    reached = set()
    deprecated = set()
    last_report = clock()
    started = clock()
    for strategy, randomised in phases(scenario, seed):
        while schedules < scenario.schedules * (scenario.bound + 1) and strategy.begin():
            if randomised and clock() - started > scenario.time_budget:
                break
            outcome = run_schedule(prepared, scenario, strategy)
            strategy.end(outcome)
            schedules += 1
            reached |= outcome.reached
            deprecated |= outcome.deprecated
            if outcome.failure is not None:
                small, _ = minimize(prepared, scenario, outcome)
                return ScenarioResult(scenario, schedules, small,
                                      tokens.encode(scenario.index, small.decisions),
                                      deprecated=deprecated, stuck=outcome.stuck)
            if on_progress is not None and clock() - last_report > 0.1:
                last_report = clock()
                on_progress(scenario.name, schedules)
        if randomised and clock() - started > scenario.time_budget:
            break
        if getattr(strategy, "complete", False):
            break  # the bounded search saw every schedule there is: nothing left to sample
    missing = {label: msg for label, msg in scenario.must_reach.items() if label not in reached}
    return ScenarioResult(scenario, schedules, missing=missing, deprecated=deprecated)


def replay_token(prepared, scenario, decisions):
    """Re-run one recorded schedule (lenient: a changed program may diverge from it)."""
    outcome, diverged = replay(prepared, scenario, decisions)
    if outcome.failure is None:
        return ScenarioResult(scenario, 1, deprecated=outcome.deprecated, diverged=diverged)
    return ScenarioResult(scenario, 1, outcome, tokens.encode(scenario.index, outcome.decisions),
                          deprecated=outcome.deprecated, diverged=diverged, stuck=outcome.stuck)
