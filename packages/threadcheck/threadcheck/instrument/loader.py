"""Turn a submission's source into something a schedule can run: parse, check, instrument.

Compilation happens once; each schedule executes the code object in a fresh module, so
module-level state never leaks from one schedule into the next.
"""

import ast
import types

from ..primitives.modules import fake_modules
from ..runtime import context
from . import hooks as hooks_mod
from . import policy as policy_mod
from .imports import Importer
from .safe_builtins import base_builtins, run_builtins
from .transform import instrument

SOLUTION_FILENAME = "solution.py"


class SyntaxProblem:
    def __init__(self, line, message):
        self.line = line
        self.message = message


class SolutionModule(types.ModuleType):
    """The submission as the checks see it; a missing name says what the statement asks for."""

    def __getattr__(self, name):
        raise AttributeError(f"solution.py does not define {name!r} (see the exercise statement)")


class Prepared:
    def __init__(self, source, policy, code=None, syntax=None, violations=(), deprecated=None):
        self.source = source
        self.lines = source.splitlines()
        self.policy = policy
        self.code = code
        self.syntax = syntax
        self.violations = list(violations)
        self.deprecated = deprecated or {}
        self.fake = fake_modules(policy.forbidden_names)
        self.importer = Importer(policy, self.fake)
        self._base = base_builtins(self.importer)

    @property
    def ok(self):
        return self.syntax is None and not self.violations

    def source_line(self, line):
        if line and 0 < line <= len(self.lines):
            return self.lines[line - 1].strip()
        return None

    def new_module(self, sched):
        """Execute the submission in a fresh module bound to `sched` (inside the schedule)."""
        module = SolutionModule("solution")
        g = module.__dict__
        hooks, read, write, container_read_of = hooks_mod.make_hooks(sched, g)
        attribute_functions = hooks_mod.guarded_attribute_functions(read, write)
        g["__builtins__"] = run_builtins(self._base, sched, context.current_lthread,
                                         container_read_of, attribute_functions)
        g["__file__"] = SOLUTION_FILENAME
        g.update(hooks)
        exec(self.code, g)
        return module


def prepare(source, policy):
    """Parse, check against the exercise policy and instrument `source` (a str)."""
    try:
        tree = ast.parse(source, SOLUTION_FILENAME)
    except SyntaxError as exc:
        detail = exc.msg
        if exc.text:
            detail += f": {exc.text.strip()}"
        return Prepared(source, policy, syntax=SyntaxProblem(exc.lineno, f"line {exc.lineno}: {detail}"))
    except ValueError as exc:  # e.g. NUL bytes
        return Prepared(source, policy, syntax=SyntaxProblem(None, str(exc)))
    violations, deprecated = policy_mod.check(tree, policy)
    if violations:
        return Prepared(source, policy, violations=violations, deprecated=deprecated)
    code = compile(instrument(tree), SOLUTION_FILENAME, "exec")
    return Prepared(source, policy, code=code, deprecated=deprecated)
