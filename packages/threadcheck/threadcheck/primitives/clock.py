"""The fake `time` functions: sleep and clocks read the schedule's virtual clock."""

import time as _real_time

from .base import caller

# Virtual wall-clock time starts at a fixed instant, so printed times are reproducible.
EPOCH = 1_700_000_000.0


class _Sleep:
    """A sleeper waits on its own token: only the clock wakes it."""

    __slots__ = ()
    _tc_kind = "sleep"
    _tc_label = "sleep"


def sleep(secs):
    lt, s = caller()
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    s.point(lt, "sleep", None, None, f"{secs:g} s")
    if secs > 0:
        s.block(lt, _Sleep(), s.clock + secs)


def _now():
    return caller()[1].clock


def time():
    return EPOCH + _now()


def time_ns():
    return int(time() * 1e9)


def monotonic():
    return _now()


def monotonic_ns():
    return int(_now() * 1e9)


perf_counter = monotonic
perf_counter_ns = monotonic_ns
process_time = monotonic
process_time_ns = monotonic_ns
thread_time = monotonic
thread_time_ns = monotonic_ns


def localtime(secs=None):
    return _real_time.localtime(time() if secs is None else secs)


def gmtime(secs=None):
    return _real_time.gmtime(time() if secs is None else secs)


def ctime(secs=None):
    return _real_time.ctime(time() if secs is None else secs)


def strftime(fmt, t=None):
    return _real_time.strftime(fmt, localtime() if t is None else t)


FUNCTIONS = {
    "sleep": sleep, "time": time, "time_ns": time_ns, "monotonic": monotonic,
    "monotonic_ns": monotonic_ns, "perf_counter": perf_counter,
    "perf_counter_ns": perf_counter_ns, "process_time": process_time,
    "process_time_ns": process_time_ns, "thread_time": thread_time,
    "thread_time_ns": thread_time_ns, "localtime": localtime, "gmtime": gmtime,
    "ctime": ctime, "strftime": strftime, "asctime": _real_time.asctime,
    "mktime": _real_time.mktime, "struct_time": _real_time.struct_time,
    "timezone": _real_time.timezone, "altzone": _real_time.altzone,
    "daylight": _real_time.daylight, "tzname": _real_time.tzname,
}
