"""Build the grade result (docs/grader-protocol.md) from scenario results."""

from . import errors
from .instrument.names import DEPRECATED
from .runtime.labels import format_target

# A failing schedule can be long; the student needs its end, where things go wrong.
MAX_TRACE_EVENTS = 300


def trace_events(prepared, outcome):
    threads = outcome.threads
    rows = outcome.trace
    omitted = max(0, len(rows) - MAX_TRACE_EVENTS)
    events = []
    for step, tid, op, target, line, detail in rows[omitted:]:
        event = {"step": step, "thread": threads[tid], "op": op}
        target = format_target(target)
        if target:
            event["target"] = target
        if line:
            event["line"] = line
            source = prepared.source_line(line)
            if source:
                event["source"] = source
        if detail:
            event["detail"] = detail
        events.append(event)
    return events, omitted


def _titled(entry, scenario, key):
    """Adds the check's name in both languages under `key`, when the exercise gives it."""
    title = getattr(scenario, "title", None)
    if title:
        entry[key] = title
    return entry


def failure_from_schedule(prepared, result):
    outcome = result.failing
    f = outcome.failure
    events, omitted = trace_events(prepared, outcome)
    failure = {
        "check": result.scenario.name,
        "kind": f.kind,
        "message": f.message,
        "schedule": result.token,
        "trace": events,
        "threads": f.threads,
        "preemptions": outcome.preemptions,
    }
    if omitted:
        failure["traceOmitted"] = omitted
    if f.message_ru:
        failure["localizedMessage"] = {"ru": f.message_ru, "en": f.message}
    return _titled(failure, result.scenario, "checkTitle")


def failure_without_schedule(check, kind, message):
    """`message` is English, or {"en": ..., "ru": ...} (a must_reach message of the checks)."""
    en, ru = errors.split_message(message)
    failure = {"check": check, "kind": kind, "message": en}
    if ru:
        failure["localizedMessage"] = {"ru": ru, "en": en}
    return failure


def _by_line(names_with_lines):
    return sorted(names_with_lines.items(), key=lambda kv: (kv[1] or 0, kv[0]))


def deprecated_notes(names_with_lines):
    notes = []
    for name, line in _by_line(names_with_lines):
        at = f" (line {line})" if line else ""
        notes.append(f"{name}{at} is a deprecated name from the lecture's Python 2 era: use {DEPRECATED[name]}")
    return notes


def deprecated_uses(names_with_lines):
    """The same, as data: the page words it in the student's language (grade result)."""
    return [{"name": name, "line": line} if line else {"name": name}
            for name, line in _by_line(names_with_lines)]


def build(results, prepared, seed, elapsed_ms):
    failures = []
    checks = []
    for r in results:
        kind = None
        if r.failing is not None:
            failures.append(failure_from_schedule(prepared, r))
            kind = r.failing.failure.kind
        elif r.missing:
            for label, message in r.missing.items():
                failures.append(_titled(failure_without_schedule(r.scenario.name, errors.ASSERTION,
                                                                 message), r.scenario, "checkTitle"))
            kind = errors.ASSERTION
        check = _titled({"name": r.scenario.name, "passed": r.passed, "schedules": r.schedules},
                        r.scenario, "title")
        if kind:
            check["kind"] = kind
        checks.append(check)
    deprecated = dict(prepared.deprecated)
    for r in results:
        for name in r.deprecated:
            deprecated.setdefault(name, None)
    passed = sum(1 for c in checks if c["passed"])
    return {
        "verdict": "pass" if results and passed == len(checks) else "fail",
        "score": round(passed / len(checks), 4) if checks else 0.0,
        "failures": failures,
        "checks": checks,
        "notes": deprecated_notes(deprecated),
        "deprecated": deprecated_uses(deprecated),
        "stats": {
            "schedules": sum(r.schedules for r in results),
            "elapsedMs": round(elapsed_ms, 1),
            "seed": seed,
            "strategy": "bounded+pct+random",
        },
    }


def static_failure(prepared, scenario_names, seed, elapsed_ms):
    """A submission that cannot run at all: syntax error or forbidden constructs."""
    if prepared.syntax is not None:
        failures = [failure_without_schedule("syntax", errors.SYNTAX, prepared.syntax.message)]
        kind = errors.SYNTAX
    else:
        failures = [failure_without_schedule("allowed code", errors.FORBIDDEN,
                                             (f"line {v.line}: " if v.line else "") + v.message)
                    for v in prepared.violations]
        kind = errors.FORBIDDEN
    return _not_run(failures, kind, scenario_names, prepared.deprecated, seed, elapsed_ms)


def not_utf8(filename, exc, scenario_names, seed, elapsed_ms):
    """The submitted file (solution.py, or a possible-outputs answer) is not UTF-8 text."""
    failures = [failure_without_schedule("syntax", errors.SYNTAX,
                                         f"{filename} is not UTF-8 text ({exc.reason})")]
    return _not_run(failures, errors.SYNTAX, scenario_names, {}, seed, elapsed_ms)


def _not_run(failures, kind, scenario_names, deprecated, seed, elapsed_ms):
    return {
        "verdict": "fail",
        "score": 0.0,
        "failures": failures,
        "checks": [{"name": n, "passed": False, "schedules": 0, "kind": kind} for n in scenario_names],
        "notes": deprecated_notes(deprecated),
        "deprecated": deprecated_uses(deprecated),
        "stats": {"schedules": 0, "elapsedMs": round(elapsed_ms, 1), "seed": seed, "strategy": "none"},
    }
