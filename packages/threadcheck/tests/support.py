"""Helpers shared by threadcheck's tests: grade a solution string against a check string."""

import json
import os
import subprocess
import sys
import tempfile
import textwrap

from threadcheck import checks as checks_api
from threadcheck.explore.explorer import explore
from threadcheck.explore.run import run_schedule
from threadcheck.instrument.loader import prepare
from threadcheck.instrument.policy import Policy
from threadcheck.strategies.bounded import BoundedSearch

PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO_ROOT = os.path.dirname(os.path.dirname(PACKAGE_ROOT))
EXERCISES = os.path.join(REPO_ROOT, "exercises")

POLICY = Policy(allowed_imports=["threading", "time", "random", "logging", "collections"])

CHECK_HEADER = "import threadcheck as tc\n"


def dedent(src):
    return textwrap.dedent(src).lstrip("\n")


def scenarios_of(check_src):
    code = compile(CHECK_HEADER + dedent(check_src), "checks.py", "exec")
    return checks_api.collect(lambda: exec(code, {"__name__": "checks", "__file__": "checks.py"}))


def prepared_of(solution_src, policy=POLICY):
    prepared = prepare(dedent(solution_src), policy)
    if not prepared.ok:
        raise AssertionError(f"solution does not prepare: syntax={prepared.syntax and prepared.syntax.message} "
                             f"violations={prepared.violations}")
    return prepared


def grade(solution_src, check_src, seed=1, policy=POLICY):
    """Explore every scenario of `check_src` on `solution_src`; a list of ScenarioResult."""
    prepared = prepared_of(solution_src, policy)
    return [explore(prepared, sc, seed + sc.index) for sc in scenarios_of(check_src)]


def grade_one(solution_src, check_src, seed=1, policy=POLICY):
    results = grade(solution_src, check_src, seed, policy)
    assert len(results) == 1, results
    return results[0]


def run_once(solution_src, check_src, strategy=None, policy=POLICY):
    """Run exactly one schedule (default: no preemption) of the single scenario; an Outcome."""
    prepared = prepared_of(solution_src, policy)
    (sc,) = scenarios_of(check_src)
    strategy = strategy or BoundedSearch(0, 1)
    strategy.begin()
    outcome = run_schedule(prepared, sc, strategy)
    strategy.end(outcome)
    return outcome


def failure_text(result):
    if result.failing is None:
        return f"passed after {result.schedules} schedules; missing={result.missing}"
    f = result.failing.failure
    return f"{f.kind}: {f.message}\n--- output:\n{result.failing.output}"


def write_dir(directory, solution, checks, policy):
    """Lay out a grading folder like the grader does (docs/grader-protocol.md)."""
    mode = "wb" if isinstance(solution, bytes) else "w"
    with open(os.path.join(directory, "solution.py"), mode) as f:
        f.write(solution)
    with open(os.path.join(directory, "checks.py"), "w", encoding="utf-8") as f:
        f.write(checks)
    with open(os.path.join(directory, "policy.json"), "w", encoding="utf-8") as f:
        json.dump(policy, f)


POLICY_JSON = {
    "exercise": "test",
    "allowedImports": ["threading", "time", "random", "logging", "collections", "dataclasses",
                       "typing", "functools", "itertools", "math", "contextlib", "abc", "enum"],
    "forbiddenImports": ["queue", "multiprocessing", "asyncio"],
    "forbiddenNames": ["threading.Barrier"],
    "maxThreads": 64,
    "outputLimitBytes": 262144,
}


def cli_env():
    env = dict(os.environ)
    env.update({"PYTHONPATH": PACKAGE_ROOT, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1",
                "PYTHONIOENCODING": "utf-8", "LANG": "C.UTF-8"})
    return env


def run_cli(directory, *extra, timeout=60):
    """`python3 -m threadcheck run --dir D ...` with the result on stdout; (result dict, proc)."""
    # cwd is the grading folder, as in the sandbox (docs/grader-protocol.md).
    proc = subprocess.run([sys.executable, "-s", "-m", "threadcheck", "run", "--dir", directory, *extra],
                          capture_output=True, env=cli_env(), timeout=timeout, cwd=directory)
    try:
        result = json.loads(proc.stdout.decode("utf-8"))
    except ValueError:
        raise AssertionError(f"no JSON result on stdout (rc {proc.returncode}):\n"
                             f"stdout: {proc.stdout[-2000:]!r}\nstderr: {proc.stderr[-2000:]!r}") from None
    return result, proc


def grade_dir(solution, checks, policy=None, *extra):
    with tempfile.TemporaryDirectory() as d:
        write_dir(d, solution, checks, policy or POLICY_JSON)
        return run_cli(d, *extra)


def scenario_from(body, name="call", bound=0, schedules=1, random_schedules=0, max_steps=20000,
                  must_reach=None, time_budget=1.0):
    """A Scenario whose body is a Python function of the solution module (not check source)."""
    sc = checks_api.Scenario(body, name, bound, schedules, random_schedules, max_steps,
                             must_reach or {}, time_budget)
    sc.index = 0
    return sc


def call(solution_src, fn_name, *args, policy=POLICY, strategy=None):
    """Call solution.fn_name(*args) as a scenario's main thread in one schedule.

    Returns (value, outcome); raises AssertionError if the schedule failed.
    """
    value, outcome = try_call(solution_src, fn_name, *args, policy=policy, strategy=strategy)
    if outcome.failure is not None:
        raise AssertionError(f"the schedule failed: {outcome.failure.kind}: {outcome.failure.message}")
    return value, outcome


def try_call(solution_src, fn_name, *args, policy=POLICY, strategy=None):
    """Like call() but returns (value or None, outcome) whether or not the schedule failed."""
    prepared = prepared_of(solution_src, policy)
    box = []

    def body(sol):
        box.append(getattr(sol, fn_name)(*args))

    strategy = strategy or BoundedSearch(0, 1)
    strategy.begin()
    outcome = run_schedule(prepared, scenario_from(body), strategy)
    strategy.end(outcome)
    return (box[0] if box else None), outcome


def cpython_call(solution_src, fn_name, *args):
    """The same function under the real interpreter and the real threading module."""
    namespace = {"__name__": "solution_under_cpython"}
    exec(compile(dedent(solution_src), "solution_cpython.py", "exec"), namespace)
    return namespace[fn_name](*args)
