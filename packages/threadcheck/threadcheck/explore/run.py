"""Run one schedule of one scenario and collect what happened."""

import time

from ..runtime import logging_state
from ..runtime.scheduler import Options, Scheduler


class Outcome:
    __slots__ = ("failure", "decisions", "preempted", "steps", "trace", "reached", "output",
                 "deprecated", "threads", "elapsed", "stuck")

    def __init__(self, sched, elapsed, stuck=False):
        self.stuck = stuck  # a carrier is stuck in code with no scheduling point
        self.failure = sched.failure
        self.decisions = sched.decisions
        self.preempted = sched.preempted
        self.steps = sched.steps
        self.trace = sched.trace
        self.reached = sched.reached
        self.output = "".join(text for _, text in sched.output)
        self.deprecated = sched.deprecated
        self.threads = [t.name for t in sched.threads]
        self.elapsed = elapsed

    @property
    def preemptions(self):
        return sum(self.preempted)


# A schedule that does not end within this much real time is stuck outside any scheduling
# point (a long computation in builtins); its carrier cannot be reclaimed.
WALL_LIMIT_PER_SCHEDULE = 10.0


def run_schedule(prepared, scenario, strategy, options=None):
    policy = prepared.policy
    sched = Scheduler(strategy, options or Options(max_steps=scenario.max_steps,
                                                   max_threads=policy.max_threads,
                                                   output_limit=policy.output_limit))

    def main():
        module = prepared.new_module(sched)
        scenario.fn(module)

    started = time.perf_counter()
    logging_state.reset()  # the solution is loaded afresh; so is the logging configuration
    sched.launch(main)
    stuck = not sched.wait_finished(WALL_LIMIT_PER_SCHEDULE)
    if stuck:
        sched.watchdog_expired(WALL_LIMIT_PER_SCHEDULE)
    return Outcome(sched, time.perf_counter() - started, stuck)
