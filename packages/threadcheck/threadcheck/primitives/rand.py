"""The fake `random` module: one generator per schedule, seeded the same in every schedule.

Exercises like the lecture's use random pauses; a fixed seed keeps a schedule replayable.
"""

import random as _real_random

from .base import caller

SEED = 20181105


def _rng():
    s = caller()[1]
    rng = getattr(s, "rng", None)
    if rng is None:
        rng = s.rng = _real_random.Random(SEED)
    return rng


def _delegate(name):
    def fn(*args, **kwargs):
        return getattr(_rng(), name)(*args, **kwargs)

    fn.__name__ = name
    return fn


class Random(_real_random.Random):
    """Unseeded instances draw their seed from the schedule's generator, not the OS."""

    def __init__(self, x=None):
        super().__init__(_rng().random() if x is None else x)


_NAMES = (
    "random", "randint", "randrange", "choice", "choices", "shuffle", "sample", "uniform",
    "gauss", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
    "gammavariate", "betavariate", "paretovariate", "weibullvariate", "triangular",
    "getrandbits", "randbytes", "seed",
)

FUNCTIONS = {name: _delegate(name) for name in _NAMES}
FUNCTIONS["Random"] = Random
