"""Static checks on a submission before it runs: imports, forbidden names, escapes.

A violation is a `forbidden` failure with the line it is on. The same rules are enforced
again at run time (read-only modules, guarded getattr), since names can be built there.
"""

import ast

from .names import DEPRECATED, FORBIDDEN_BUILTINS, attribute_problem


class Violation:
    def __init__(self, line, message):
        self.line = line
        self.message = message

    def __repr__(self):
        return f"Violation({self.line}, {self.message!r})"


class Policy:
    def __init__(self, allowed_imports=(), forbidden_imports=(), forbidden_names=(),
                 max_threads=64, output_limit=256 * 1024):
        self.allowed_imports = set(allowed_imports)
        self.forbidden_imports = set(forbidden_imports)
        self.forbidden_names = set(forbidden_names)
        self.max_threads = max_threads
        self.output_limit = output_limit

    @classmethod
    def from_json(cls, data):
        return cls(data.get("allowedImports", ()), data.get("forbiddenImports", ()),
                   data.get("forbiddenNames", ()), data.get("maxThreads", 64),
                   data.get("outputLimitBytes", 256 * 1024))

    def import_problem(self, module):
        top = module.split(".")[0]
        if module in self.forbidden_imports or top in self.forbidden_imports:
            return f"import of '{module}' is not allowed in this exercise"
        if module not in self.allowed_imports:
            allowed = ", ".join(sorted(self.allowed_imports)) or "nothing"
            return f"import of '{module}' is not allowed here (allowed: {allowed})"
        return None


class _Checker(ast.NodeVisitor):
    def __init__(self, policy):
        self.policy = policy
        self.violations = []
        self.deprecated = {}
        self.aliases = {}  # local name -> module name, for `threading.Barrier` through an alias

    def _bad(self, node, message):
        self.violations.append(Violation(getattr(node, "lineno", None), message))

    def visit_Import(self, node):
        for alias in node.names:
            problem = self.policy.import_problem(alias.name)
            if problem:
                self._bad(node, problem)
            self.aliases[alias.asname or alias.name.split(".")[0]] = (
                alias.name if alias.asname else alias.name.split(".")[0])

    def visit_ImportFrom(self, node):
        if node.level:
            self._bad(node, "relative imports are not allowed: a solution is one file")
            return
        problem = self.policy.import_problem(node.module or "")
        if problem:
            self._bad(node, problem)
        for alias in node.names:
            full = f"{node.module}.{alias.name}"
            if alias.name == "*":
                self._bad(node, f"'from {node.module} import *' is not allowed: import the names you use")
            elif full in self.policy.forbidden_names:
                self._bad(node, f"{full} is not allowed in this exercise")
            elif attribute_problem(alias.name):
                self._bad(node, attribute_problem(alias.name))

    def visit_Name(self, node):
        if node.id in FORBIDDEN_BUILTINS and isinstance(node.ctx, ast.Load):
            self._bad(node, f"{node.id}() is not allowed: {FORBIDDEN_BUILTINS[node.id]}")
        elif node.id.startswith("__tc") or node.id in ("__builtins__", "__loader__", "__spec__"):
            self._bad(node, f"the name {node.id!r} is reserved for the grader")
        if node.id in DEPRECATED:
            self.deprecated.setdefault(node.id, node.lineno)

    def visit_Attribute(self, node):
        problem = attribute_problem(node.attr)
        if problem:
            self._bad(node, problem)
        if node.attr in DEPRECATED:
            self.deprecated.setdefault(node.attr, node.lineno)
        if isinstance(node.value, ast.Name) and node.value.id in self.aliases:
            full = f"{self.aliases[node.value.id]}.{node.attr}"
            if full in self.policy.forbidden_names:
                self._bad(node, f"{full} is not allowed in this exercise")
        self.generic_visit(node)

    def _def(self, node):
        if node.name.startswith("__tc"):
            self._bad(node, f"the name {node.name!r} is reserved for the grader")
        self.generic_visit(node)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _def

    def visit_Global(self, node):
        for name in node.names:
            if name.startswith("__"):
                self._bad(node, f"the name {name!r} is reserved")

    def _no_async(self, node):
        self._bad(node, "async code is not part of this course's threading exercises")

    visit_Await = visit_AsyncFor = visit_AsyncWith = _no_async


def check(tree, policy):
    """(violations, deprecated name -> first line) for a parsed submission."""
    checker = _Checker(policy)
    checker.visit(tree)
    return checker.violations, checker.deprecated
