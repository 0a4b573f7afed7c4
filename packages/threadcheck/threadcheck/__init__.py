"""threadcheck: Python's threading under a controlled scheduler, for grading exercises.

Exercise checks use this API; see `threadcheck.checks` for a worked example.
"""

from .checks import (
    expect,
    fail,
    invariant,
    join,
    name,
    now,
    output,
    owner,
    reach,
    scenario,
    sleep,
    spawn,
    threading,
)
from .errors import KINDS

__all__ = [
    "KINDS",
    "expect",
    "fail",
    "invariant",
    "join",
    "name",
    "now",
    "output",
    "owner",
    "reach",
    "scenario",
    "sleep",
    "spawn",
    "threading",
]
