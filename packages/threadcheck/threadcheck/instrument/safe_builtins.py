"""The builtins a submission sees: the usual ones minus escapes, plus observed print/len/...

Built once per process as a base dict; each schedule gets a copy with functions bound to
its scheduler (print writes to that schedule's output and is a scheduling point).
"""

import builtins
import sys

from ..primitives.base import SOLUTION_FILENAME
from .names import FORBIDDEN_BUILTINS

_REMOVED = set(FORBIDDEN_BUILTINS) | {"copyright", "credits", "license", "__loader__", "__spec__"}

# Builtins that read a whole container: each call is a read of its argument.
_READS_CONTAINER = ("len", "sorted", "sum", "min", "max", "any", "all", "iter", "reversed")


def base_builtins(importer):
    base = {k: v for k, v in builtins.__dict__.items() if k not in _REMOVED}
    base["__import__"] = importer
    return base


def run_builtins(base, sched, current, container_read_of, attribute_functions):
    names = dict(base)

    def _print(*args, sep=" ", end="\n", file=None, flush=False):
        text = (" " if sep is None else sep).join(str(a) for a in args) + ("\n" if end is None else end)
        lt = current()
        # The print's own line: nothing instrumented may have run on it before the call.
        frame = sys._getframe(1)
        line = frame.f_lineno if frame.f_code.co_filename == SOLUTION_FILENAME else None
        sched.point(lt, "print", None, line, text.rstrip("\n")[:80])
        if file is None:
            sched.write_output(lt, text)
        else:
            file.write(text)

    names["print"] = _print
    for name in _READS_CONTAINER:
        names[name] = _observing(getattr(builtins, name), container_read_of)
    names.update(attribute_functions)
    return names


def _observing(fn, container_read_of):
    def wrapper(*args, **kwargs):
        if args:
            container_read_of(args[0])
        return fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    return wrapper
