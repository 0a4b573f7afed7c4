"""Import statements in a submission: the exercise's allow-list, through read-only proxies.

`threading`, `time` and `random` resolve to the grader's fake modules. Other allowed modules
are real but wrapped: private names and submodules that are not themselves allowed (e.g.
`logging.sys`, `logging.config`) are not reachable through them.
"""

import importlib
import types

from ..primitives.modules import ReadOnlyModule, forbid


class _Proxy(ReadOnlyModule):
    pass


class Importer:
    def __init__(self, policy, fake):
        self.policy = policy
        self.fake = fake
        self._proxies = {}

    def preload(self):
        """Import every allowed module now, before the file system is closed off."""
        for name in sorted(self.policy.allowed_imports):
            if name not in self.fake:
                try:
                    importlib.import_module(name)
                except ImportError:
                    pass

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level:
            forbid("relative imports are not allowed: a solution is one file")
        problem = self.policy.import_problem(name)
        if problem:
            forbid(problem)
        if fromlist:
            return self.module(name)
        return self.module(name.split(".")[0])

    def module(self, name):
        if name in self.fake:
            return self.fake[name]
        proxy = self._proxies.get(name)
        if proxy is None:
            proxy = self._proxies[name] = self._wrap(importlib.import_module(name))
        return proxy

    def _wrap(self, real):
        proxy = _Proxy(real.__name__)
        importer = self

        def __getattr__(attr):
            if attr.startswith("_"):
                raise AttributeError(f"module '{real.__name__}' has no attribute '{attr}'")
            value = getattr(real, attr)
            if isinstance(value, types.ModuleType):
                if value.__name__ in importer.policy.allowed_imports:
                    return importer.module(value.__name__)
                raise AttributeError(f"module '{real.__name__}' has no attribute '{attr}'")
            return value

        types.ModuleType.__setattr__(proxy, "__getattr__", __getattr__)
        return proxy
