"""Module objects the submission gets for `import threading`, `import time`, `import random`.

They are read-only: assigning to them is a `forbidden` failure, since a submission that
could rebind `threading.Lock` could change what the checks run on. Names an exercise
forbids (e.g. `threading.Barrier`) are missing and name the rule when asked for.
"""

import types

from .. import errors
from ..runtime import context
from . import barrier, clock, condition, event, local, locks, rand, semaphore, thread

THREADING = {
    "Thread": thread.Thread, "Timer": thread.Timer, "Lock": locks.Lock, "RLock": locks.RLock,
    "Condition": condition.Condition, "Semaphore": semaphore.Semaphore,
    "BoundedSemaphore": semaphore.BoundedSemaphore, "Event": event.Event,
    "Barrier": barrier.Barrier, "BrokenBarrierError": barrier.BrokenBarrierError,
    "local": local.local, "current_thread": thread.current_thread,
    "currentThread": thread.currentThread, "main_thread": thread.main_thread,
    "enumerate": thread.enumerate, "active_count": thread.active_count,
    "activeCount": thread.activeCount, "get_ident": thread.get_ident,
    "get_native_id": thread.get_native_id, "stack_size": thread.stack_size,
    "TIMEOUT_MAX": thread.TIMEOUT_MAX, "ThreadError": RuntimeError,
}

PRIMITIVE_TYPES = (locks.Lock, condition.Condition, semaphore.Semaphore, event.Event,
                   barrier.Barrier, condition._Waiter)


def forbid(message):
    """Record a `forbidden` failure in the caller's schedule (or raise if none)."""
    lt = context.current_lthread_or_none()
    if lt is not None:
        lt.sched.fail(errors.FORBIDDEN, message, lt)
    raise errors.ForbiddenError(message)


class ReadOnlyModule(types.ModuleType):
    def __setattr__(self, name, value):
        forbid(f"assigning {self.__name__}.{name} is not allowed: the grader's modules are read-only")

    def __delattr__(self, name):
        forbid(f"deleting {self.__name__}.{name} is not allowed: the grader's modules are read-only")


def _make(name, namespace, forbidden=()):
    module = ReadOnlyModule(name)
    banned = {n.split(".", 1)[1] for n in forbidden if n.startswith(name + ".")}
    for key, value in namespace.items():
        if key not in banned:
            types.ModuleType.__setattr__(module, key, value)

    def __getattr__(attr):
        if attr in banned:
            forbid(f"{name}.{attr} is not allowed in this exercise")
        raise AttributeError(f"module '{name}' has no attribute '{attr}'")

    types.ModuleType.__setattr__(module, "__getattr__", __getattr__)
    return module


def fake_modules(forbidden_names=()):
    """{'threading': ..., 'time': ..., 'random': ...} honouring the exercise's forbidden names."""
    return {
        "threading": _make("threading", THREADING, forbidden_names),
        "time": _make("time", clock.FUNCTIONS, forbidden_names),
        "random": _make("random", rand.FUNCTIONS, forbidden_names),
    }
