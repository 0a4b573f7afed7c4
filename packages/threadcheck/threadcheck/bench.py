"""In-process benchmark of the scheduler on one exercise (used by `pnpm bench:grader`).

    python3 -m threadcheck.bench --exercise-dir exercises/lock/counter [--repeat 5]

Prints one JSON object: the median cost of a hand-off between two logical threads (and of
the raw lock ping-pong it is built on, pinned to one CPU and not), schedules per second
exploring the reference, and for each buggy variant the time and number of schedules
until the first failing schedule (before minimisation). Medians over --repeat runs, since
these machines are noisy.
"""

import argparse
import json
import os
import statistics
import time
import _thread
import threading as real_threading

from .cli import load_checks
from .explore.explorer import phases
from .explore.run import run_schedule
from .instrument.loader import prepare
from .instrument.policy import Policy
from .strategies.base import Strategy

DEFAULT_ALLOWED = ["threading", "time", "random", "logging", "collections"]


class AlwaysSwitch(Strategy):
    """Picks another thread at every decision: a schedule that is all hand-offs."""

    name = "always-switch"

    def __init__(self):
        self._left = 1

    def begin(self):
        self._left -= 1
        return self._left >= 0

    def choose(self, choices, current):
        others = [c for c in choices if c != current]
        return others[0] if others else choices[0]

    def end(self, outcome):
        pass


# Two threads reading their own object: every read is a scheduling point, no races.
_PING_PONG_SOLUTION = """
class Box:
    def __init__(self):
        self.value = 0

    def spin(self, n):
        for _ in range(n):
            self.value
"""

_PING_PONG_CHECKS = """
import threadcheck as tc

@tc.scenario("ping-pong", max_steps=10**6)
def ping_pong(sol):
    a, b = sol.Box(), sol.Box()
    tc.join(tc.spawn(a.spin, READS), tc.spawn(b.spin, READS))
"""


def handoff_micros(reads=2000):
    """Median-free single measurement: microseconds per scheduler hand-off."""
    prepared = prepare(_PING_PONG_SOLUTION, Policy(DEFAULT_ALLOWED))
    source = _PING_PONG_CHECKS.replace("READS", str(reads))
    scenarios = load_checks_from_source(source)
    strategy = AlwaysSwitch()
    strategy.begin()
    started = time.perf_counter()
    outcome = run_schedule(prepared, scenarios[0], strategy)
    elapsed = time.perf_counter() - started
    switches = sum(1 for p in outcome.preempted if p)
    return elapsed / max(1, switches) * 1e6


def load_checks_from_source(source):
    from . import checks as checks_api

    code = compile(source, "checks.py", "exec")
    return checks_api.collect(lambda: exec(code, {"__name__": "checks"}))


def raw_ping_pong_micros(rounds=5000):
    """One lock hand-off between two real threads, as the scheduler does it, for comparison."""
    a, b = _thread.allocate_lock(), _thread.allocate_lock()
    a.acquire()
    b.acquire()

    def other():
        for _ in range(rounds):
            a.acquire()
            b.release()

    t = real_threading.Thread(target=other)
    t.start()
    started = time.perf_counter()
    for _ in range(rounds):
        a.release()
        b.acquire()
    elapsed = time.perf_counter() - started
    t.join()
    return elapsed / (2 * rounds) * 1e6


def schedules_per_second(prepared, scenarios, seconds=1.0):
    """Schedules explored per second on the exercise's scenarios, in grading order."""
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for sc in scenarios:
            for strategy, _ in phases(sc, seed=1):
                while strategy.begin():
                    outcome = run_schedule(prepared, sc, strategy)
                    strategy.end(outcome)
                    count += 1
                    if time.perf_counter() - started >= seconds:
                        return count / (time.perf_counter() - started)
    return count / (time.perf_counter() - started)


def first_failure(prepared, scenarios, seed):
    """(seconds, schedules, kind) until the first failing schedule, exploring as grading does."""
    count = 0
    started = time.perf_counter()
    for sc in scenarios:
        for strategy, randomised in phases(sc, seed):
            while strategy.begin():
                outcome = run_schedule(prepared, sc, strategy)
                strategy.end(outcome)
                count += 1
                if outcome.failure is not None:
                    return time.perf_counter() - started, count, outcome.failure.kind
                if count > 20000:
                    return None, count, None
    return None, count, None


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m threadcheck.bench")
    parser.add_argument("--exercise-dir", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with open(os.path.join(args.exercise_dir, "exercise.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    policy = Policy(manifest.get("imports", {}).get("allowed", DEFAULT_ALLOWED),
                    manifest.get("imports", {}).get("forbidden", ()), manifest.get("forbiddenNames", ()))
    scenarios = load_checks(os.path.join(args.exercise_dir, "checks.py"))

    def load(path):
        with open(os.path.join(args.exercise_dir, path), encoding="utf-8") as f:
            return prepare(f.read(), policy)

    raw_unpinned = statistics.median(raw_ping_pong_micros() for _ in range(args.repeat))
    handoff = statistics.median(handoff_micros() for _ in range(args.repeat))  # pins the process
    raw_pinned = statistics.median(raw_ping_pong_micros() for _ in range(args.repeat))
    reference = load("reference.py")
    rate = statistics.median(schedules_per_second(reference, scenarios) for _ in range(args.repeat))
    variants = {}
    for variant in manifest.get("variants", []):
        prepared = load(variant["file"])
        runs = [first_failure(prepared, scenarios, seed) for seed in range(args.repeat)]
        times = [r[0] for r in runs if r[0] is not None]
        variants[variant["file"]] = {
            "expect": variant["expect"],
            "kinds": sorted({r[2] for r in runs if r[2]}),
            "foundInRuns": f"{len(times)}/{len(runs)}",
            "firstFailureMsMedian": round(statistics.median(times) * 1000, 2) if times else None,
            "schedulesToFirstFailureMedian": statistics.median(r[1] for r in runs),
        }
    print(json.dumps({
        "handoffMicrosMedian": round(handoff, 2),
        "rawLockPingPongMicros": {"unpinned": round(raw_unpinned, 2), "pinnedToOneCpu": round(raw_pinned, 2)},
        "referenceSchedulesPerSecondMedian": round(rate),
        "variants": variants,
    }, indent=2))


if __name__ == "__main__":
    main()
