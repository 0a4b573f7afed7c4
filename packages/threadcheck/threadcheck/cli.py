"""`python3 -m threadcheck run --dir D [--result-fd N] [--seed N] [--replay TOKEN]` and
`python3 -m threadcheck outputs --dir D [--result-fd N] [--seed N]`.

`run` reads D/solution.py, D/checks.py and D/policy.json (docs/grader-protocol.md), explores
every scenario and sends progress and one result through the channel. `outputs` grades a
"possible outputs" answer: D/answer.txt against every output of D/program.py. Without
--result-fd the result is printed as JSON on stdout (for local use and threadcheck's tests).
"""

import argparse
import json
import linecache
import os
import random
import sys
import sysconfig
import time
import traceback

from . import checks as checks_api
from . import channel, guard, outputs, report
from .explore.explorer import explore, replay_token
from .instrument.loader import prepare
from .primitives.base import SOLUTION_FILENAME
from .instrument.policy import Policy
from .strategies import token as tokens


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python3 -m threadcheck")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="grade a solution against an exercise's checks")
    run.add_argument("--dir", required=True, help="folder with solution.py, checks.py, policy.json")
    run.add_argument("--result-fd", type=int, help="write signed results here (key on stdin)")
    run.add_argument("--seed", type=int, help="seed of the randomised phases")
    run.add_argument("--replay", help="re-run one schedule from a replay token")
    out = sub.add_parser("outputs", help="grade a list of a program's possible outputs")
    out.add_argument("--dir", required=True, help="folder with program.py, answer.txt, policy.json")
    out.add_argument("--result-fd", type=int, help="write signed results here (key on stdin)")
    out.add_argument("--seed", type=int, help="accepted for symmetry; the search is exhaustive")
    return parser.parse_args(argv)


def load_checks(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, "checks.py", "exec")
    _remember_source("checks.py", source)
    namespace = {"__name__": "checks", "__file__": "checks.py"}
    return checks_api.collect(lambda: exec(code, namespace))


def read_solution(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.decode("utf-8")


def read_policy(directory):
    with open(os.path.join(directory, "policy.json"), encoding="utf-8") as f:
        return Policy.from_json(json.load(f))


def _remember_source(filename, source):
    """Tracebacks (logging.exception, traceback.format_exc) read source lines through
    linecache, which would open the file under the audit hook: give it the text instead.
    mtime None marks the entry as not backed by a file, so checkcache() keeps it."""
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)


def install_guard(prepared):
    """From here on the process runs untrusted code: only these paths may be read."""
    prepared.importer.preload()
    _remember_source(SOLUTION_FILENAME, prepared.source)
    readable = {sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"], sys.prefix,
                sys.base_prefix, os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}
    guard.install_audit_hook(readable)


def grade(directory, seed, replay, send):
    started = time.perf_counter()
    policy = read_policy(directory)
    scenarios = load_checks(os.path.join(directory, "checks.py"))
    try:
        source = read_solution(os.path.join(directory, "solution.py"))
    except UnicodeDecodeError as exc:
        return report.not_utf8("solution.py", exc, [s.name for s in scenarios], seed, _ms(started))
    prepared = prepare(source, policy)
    if not prepared.ok:
        return report.static_failure(prepared, [s.name for s in scenarios], seed, _ms(started))

    install_guard(prepared)

    def progress(name, schedules):
        send({"type": "progress", "scenario": name, "schedules": schedules, "elapsedMs": _ms(started)})

    if replay is not None:
        index, decisions = tokens.decode(replay)
        if not 0 <= index < len(scenarios):
            raise ValueError(f"the replay token names scenario {index}, but this exercise has {len(scenarios)}")
        results = [replay_token(prepared, scenarios[index], decisions)]
    else:
        results = []
        for sc in scenarios:
            result = explore(prepared, sc, seed + sc.index, progress)
            results.append(result)
            if result.stuck:
                break  # a carrier is wedged in uninstrumented code: stop here
    result = report.build(results, prepared, seed, _ms(started))
    if replay is not None and results[0].diverged:
        result["notes"].append("this program no longer follows the recorded schedule everywhere: "
                               "the replay continued without preemptions where it differed")
    return result


def grade_outputs(directory, seed, send):
    """A possible-outputs answer: the program is the exercise's, the answer the student's."""
    started = time.perf_counter()
    policy = read_policy(directory)
    with open(os.path.join(directory, "program.py"), encoding="utf-8") as f:
        prepared = prepare(f.read(), policy)
    if not prepared.ok:
        raise ValueError("the exercise's program.py does not prepare: "
                         + (prepared.syntax.message if prepared.syntax else str(prepared.violations)))
    names = [outputs.CHECK_POSSIBLE, outputs.CHECK_COMPLETE]
    try:
        answer = outputs.parse_answer(read_solution(os.path.join(directory, "answer.txt")))
    except UnicodeDecodeError as exc:
        return report.not_utf8("the answer", exc, names, seed, _ms(started))
    install_guard(prepared)

    def progress(schedules):
        send({"type": "progress", "scenario": "program", "schedules": schedules,
              "elapsedMs": _ms(started)})

    possible, schedules = outputs.explore_outputs(prepared, on_progress=progress)

    def failure_trace(outcome):
        events, _ = report.trace_events(prepared, outcome)
        return events, outcome.threads

    result = outputs.result_body(answer, possible, schedules, failure_trace)
    result["stats"] = {"schedules": schedules, "elapsedMs": _ms(started), "seed": seed,
                       "strategy": "exhaustive"}
    return result


def _ms(started):
    return round((time.perf_counter() - started) * 1000, 1)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.result_fd is not None:
        key = channel.read_key(sys.stdin.buffer)
        send = channel.signed_writer(args.result_fd, key)
        del key
    else:
        send = channel.plain_writer(channel.real_stdout_fd())
    sys.stdin = None
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    guard.capture_output()
    try:
        if args.command == "outputs":
            result = grade_outputs(args.dir, seed, send)
        else:
            result = grade(args.dir, seed, args.replay, send)
    except ValueError as exc:
        result = {"verdict": "error", "score": 0.0, "failures": [], "notes": [str(exc)],
                  "stats": {"schedules": 0, "elapsedMs": 0, "seed": seed}}
    except Exception:  # an internal error must not read as the student's failure
        result = {"verdict": "error", "score": 0.0, "failures": [],
                  "notes": ["internal error in threadcheck: " + traceback.format_exc(limit=5)],
                  "stats": {"schedules": 0, "elapsedMs": 0, "seed": seed}}
    send({"type": "result", "result": result})
    # Leaked carriers of frozen hostile threads must not keep the process alive.
    os._exit(0)
