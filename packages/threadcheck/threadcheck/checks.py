"""The API exercise checks are written against.

A check file declares scenarios; each scenario is a function of the submission's module,
run once per explored schedule as the main logical thread:

    import threadcheck as tc

    @tc.scenario("two threads increment twice")
    def two_threads(sol):
        counter = sol.Counter(5)
        def worker():
            for _ in range(2):
                counter.increment()
        tc.join(*[tc.spawn(worker) for _ in range(2)])
        tc.expect(counter.value == 9, f"value is {counter.value}, expected 9: an update was lost")

Check code itself is not instrumented: its own steps are atomic and invisible to the race
detector; only the submission's code and the primitives are scheduled.
"""

from . import errors
from .primitives import modules as _modules
from .primitives.base import caller
from .primitives.clock import sleep as _sleep
from .primitives.condition import Condition as _Condition
from .primitives.locks import Lock as _Lock
from .primitives.thread import Thread

_registry = []

# The fake threading module, for checks that need a Lock, an Event or a Barrier themselves.
threading = _modules.fake_modules()["threading"]


class Scenario:
    def __init__(self, fn, name, bound, schedules, random_schedules, max_steps, must_reach,
                 time_budget):
        self.fn = fn
        # The English name is the stable one (results, replay); `title` adds the Russian one.
        if isinstance(name, dict):
            self.name = name["en"]
            self.title = {"ru": name.get("ru") or name["en"], "en": name["en"]}
        else:
            self.name = name
            self.title = None
        self.bound = bound
        self.schedules = schedules
        self.random_schedules = random_schedules
        self.max_steps = max_steps
        self.must_reach = dict(must_reach)
        self.time_budget = time_budget
        self.index = None


def scenario(name, *, bound=2, schedules=2000, random_schedules=200, max_steps=20000,
             must_reach=None, time_budget=0.25):
    """Declare a scenario.

    name: what the student sees as the check, in English, or {"en": ..., "ru": ...} to show
        it in the course's language too.
    bound: preemption bound of the exhaustive phase (every schedule with at most `bound`
        preemptions is tried, up to `schedules`, before any randomised exploration).
    random_schedules: PCT and random-walk schedules after that (seeded; at most
        `time_budget` seconds of them).
    must_reach: {label: message}: each label must be passed to `reach()` in at least one
        explored schedule, else the scenario fails with that message.
    """

    def register(fn):
        _registry.append(Scenario(fn, name, bound, schedules, random_schedules, max_steps,
                                  must_reach or {}, time_budget))
        return fn

    return register


def collect(namespace_runner):
    """Run `namespace_runner()` (which executes a check file) and return its scenarios."""
    del _registry[:]
    namespace_runner()
    found = list(_registry)
    del _registry[:]
    for i, sc in enumerate(found):
        sc.index = i
    return found


def spawn(fn, *args, name=None, daemon=None, **kwargs):
    """Start a logical thread running fn(*args, **kwargs); returns its Thread."""
    t = Thread(target=fn, name=name, args=args, kwargs=kwargs, daemon=daemon)
    t.start()
    return t


def join(*threads):
    for t in threads:
        t.join()


def expect(condition, message):
    """Fail the schedule with an `assertion` failure unless `condition` holds."""
    if not condition:
        fail(message)


def fail(message, kind=errors.ASSERTION):
    """Fail the schedule; `message` is English, or {"en": ..., "ru": ...}."""
    lt, s = caller()
    s.fail(kind, message, lt)


def reach(label):
    """Mark that this schedule showed `label` (see `must_reach`)."""
    caller()[1].reached.add(label)


def invariant(predicate, message):
    """Check `predicate()` at every step of the rest of this schedule."""
    caller()[1].invariants.append((predicate, message))


def now():
    """The schedule's virtual time in seconds."""
    return caller()[1].clock


def sleep(seconds):
    _sleep(seconds)


def output():
    """Everything printed so far in this schedule, as one string."""
    return "".join(text for _, text in caller()[1].output)


def name(obj, label):
    """Give a primitive the name traces use for it (e.g. "fork 2")."""
    obj._tc_label = label
    obj._tc_named = True
    return obj


def owner(lock):
    """The name of the thread holding `lock` (a Lock or RLock, or a Condition's lock), or None.

    Not a scheduling point: checks use it to verify who holds what at a given moment, e.g.
    that a philosopher eats holding both of its forks.
    """
    if isinstance(lock, _Condition):
        lock = lock._lock
    if not isinstance(lock, _Lock):
        raise TypeError(f"tc.owner() takes a Lock, an RLock or a Condition, not {type(lock).__name__}")
    return None if lock._tc_owner is None else lock._tc_owner.name
