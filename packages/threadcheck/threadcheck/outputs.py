""""Possible outputs" exercises: every output a small threaded program can print.

The student is shown `program.py` and lists, one per line, every output it can print. The
grader runs the program under every schedule there is (an unbounded preemption search, so
the set is exact, not sampled) and compares the two sets. Each output the student missed
comes with the interleaving that prints it, the one with the fewest preemptions; each
output listed that no schedule prints is named.

Outputs are compared as whitespace-separated words: the program's printed lines joined by
spaces, so `A\\nB\\n` is written `A B`. `print` is one scheduling point: a line is never
split by another thread's line (CPython can split them, as the lecture's `WorkerWorker`
shows; the exercises state this simplification).
"""

from . import errors
from .explore.run import run_schedule
from .runtime.scheduler import Options
from .strategies.bounded import BoundedSearch

# More schedules than this means the program is too big to list outputs for by hand, and
# too slow to explore on every submission: validation reports it as the exercise's error.
MAX_SCHEDULES = 20000
# Steps of one schedule; these programs are a handful of lines.
MAX_STEPS = 2000
# Missing outputs reported one by one, each with its interleaving.
MAX_MISSING_SHOWN = 8

CHECK_POSSIBLE = "every output you listed can be printed"
CHECK_COMPLETE = "every output the program can print is listed"
TITLES = {
    CHECK_POSSIBLE: {"ru": "каждый указанный вами вывод возможен", "en": CHECK_POSSIBLE},
    CHECK_COMPLETE: {"ru": "указаны все выводы, которые может напечатать программа",
                     "en": CHECK_COMPLETE},
}


class ProgramError(ValueError):
    """The exercise's program cannot be explored exhaustively (an authoring error)."""


def normalize(text):
    return " ".join(text.split())


def parse_answer(text):
    """The student's outputs: one per line; blank lines and `#` comments are ignored."""
    answer = []
    for line in text.splitlines():
        line = normalize(line)
        if line and not line.startswith("#") and line not in answer:
            answer.append(line)
    return answer


class _Program:
    """Stands in for a scenario: loading the module runs the program as the main thread."""

    name = "program"
    index = 0
    max_steps = MAX_STEPS

    @staticmethod
    def fn(module):
        del module


class Possible:
    """One output and the smallest schedule (fewest preemptions, then steps) printing it."""

    def __init__(self, outcome):
        self.outcome = outcome

    def offer(self, outcome):
        if (outcome.preemptions, outcome.steps) < (self.outcome.preemptions, self.outcome.steps):
            self.outcome = outcome


def explore_outputs(prepared, max_schedules=MAX_SCHEDULES, on_progress=None):
    """Run every schedule of the program; returns ({output: Possible}, schedules)."""
    strategy = BoundedSearch(bound=10**9, schedules=max_schedules)
    options = Options(max_steps=MAX_STEPS, max_threads=prepared.policy.max_threads,
                      output_limit=prepared.policy.output_limit, solution_filename="program.py",
                      detect_races=False)
    found = {}
    schedules = 0
    while strategy.begin():
        outcome = run_schedule(prepared, _Program, strategy, options)
        strategy.end(outcome)
        schedules += 1
        if outcome.failure is not None:
            f = outcome.failure
            raise ProgramError(f"the program fails in schedule {schedules} ({f.kind}): {f.message}")
        key = normalize(outcome.output)
        if key in found:
            found[key].offer(outcome)
        else:
            found[key] = Possible(outcome)
        if on_progress is not None and schedules % 200 == 0:
            on_progress(schedules)
    if not strategy.complete:
        raise ProgramError(f"the program has more than {max_schedules} schedules: too many to "
                           "explore exhaustively for a possible-outputs exercise")
    return found, schedules


def compare(answer, possible):
    """(impossible: listed but never printed, missing: printable but not listed), in order."""
    impossible = [line for line in answer if line not in possible]
    missing = sorted((out for out in possible if out not in answer),
                     key=lambda out: (possible[out].outcome.preemptions,
                                      possible[out].outcome.steps, out))
    return impossible, missing


def _shown(output):
    return f"`{output}`" if output else "(nothing at all)"


def result_body(answer, possible, schedules, failure_trace):
    """The grade result (docs/grader-protocol.md) for one answer.

    `failure_trace(outcome)` turns a schedule into (trace events, thread names)."""
    impossible, missing = compare(answer, possible)
    failures = []
    if not answer:
        failures.append({
            "check": CHECK_POSSIBLE,
            "kind": errors.ASSERTION,
            "message": "your answer lists no output: write each output the program can print "
                       "on a line of its own",
        })
    elif impossible:
        lines = "\n".join(f"  {_shown(out)}" for out in impossible)
        failures.append({
            "check": CHECK_POSSIBLE,
            "kind": errors.ASSERTION,
            "message": (f"{len(impossible)} of the outputs you listed can never be printed, in any of "
                        f"the program's {schedules} interleavings:\n{lines}"),
        })
    for n, out in enumerate(missing[:MAX_MISSING_SHOWN]):
        outcome = possible[out].outcome
        trace, threads = failure_trace(outcome)
        more = ""
        if n == 0:
            more = (f" The program can print {len(possible)} different outputs; "
                    f"{len(missing)} of them are missing from your list.")
        failures.append({
            "check": CHECK_COMPLETE,
            "kind": errors.ASSERTION,
            "message": (f"{_shown(out)} can be printed too: the interleaving below prints it "
                        f"({outcome.preemptions} preemption{'s' if outcome.preemptions != 1 else ''})."
                        + more),
            "trace": trace,
            "threads": threads,
            "preemptions": outcome.preemptions,
        })
    checks = [
        {"name": CHECK_POSSIBLE, "passed": bool(answer) and not impossible, "schedules": schedules},
        {"name": CHECK_COMPLETE, "passed": not missing, "schedules": schedules},
    ]
    for entry in failures:
        entry["checkTitle"] = TITLES[entry["check"]]
    for check in checks:
        check["title"] = TITLES[check["name"]]
    for check in checks:
        if not check["passed"]:
            check["kind"] = errors.ASSERTION
    passed = sum(1 for c in checks if c["passed"])
    return {
        "verdict": "pass" if passed == len(checks) else "fail",
        "score": round(passed / len(checks), 4),
        "failures": failures,
        "checks": checks,
        "notes": [],
    }
