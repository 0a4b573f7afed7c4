"""Names the submission may not use, and the deprecated ones feedback points out."""

# Builtins that run or reach code outside the instrumented source, or leave the process.
FORBIDDEN_BUILTINS = {
    "exec": "exec() runs code the grader cannot observe",
    "eval": "eval() runs code the grader cannot observe",
    "compile": "compile() builds code the grader cannot observe",
    "__import__": "__import__() bypasses the exercise's import rules; use an import statement",
    "open": "files are not available to solutions",
    "globals": "globals() exposes the grader's internals",
    "locals": "locals() is not needed in these exercises",
    "vars": "vars() exposes internals; use attributes directly",
    "breakpoint": "the debugger is not available while grading",
    "input": "there is no keyboard input while grading",
    "exit": "a solution must not end the program",
    "quit": "a solution must not end the program",
    "help": "help() is not available while grading",
    "memoryview": "memoryview is not needed in these exercises",
}

# Dunder attributes a solution may touch; every other one (__globals__, __dict__,
# __subclasses__, __code__, __builtins__ ...) is a way out of the instrumented world.
ALLOWED_DUNDERS = {
    "__init__", "__name__", "__qualname__", "__doc__", "__module__", "__class__",
    "__enter__", "__exit__", "__repr__", "__str__", "__len__", "__iter__", "__next__",
    "__call__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
    "__bool__", "__contains__", "__getitem__", "__setitem__", "__delitem__", "__slots__",
    "__new__", "__post_init__", "__add__", "__iadd__", "__sub__", "__isub__", "__init_subclass__",
}

# Frame, code and generator internals reach other modules' globals.
FORBIDDEN_ATTRIBUTES = {
    "f_globals", "f_locals", "f_back", "f_builtins", "f_code", "f_trace", "tb_frame", "tb_next",
    "gi_frame", "gi_code", "gi_yieldfrom", "cr_frame", "cr_code", "cr_await", "ag_frame", "ag_code",
    "co_code", "co_consts", "co_names", "mro",
}

DEPRECATED = {
    "setDaemon": "daemon = True (or Thread(..., daemon=True))",
    "isDaemon": "daemon",
    "getName": "name",
    "setName": "name = ...",
    "currentThread": "current_thread()",
    "activeCount": "active_count()",
    "isAlive": "is_alive() (isAlive was removed in Python 3.9)",
    "notifyAll": "notify_all()",
    "isSet": "is_set()",
}

RESERVED_PREFIX = "__tc"


def attribute_problem(name):
    """Why a submission may not use attribute `name`, or None."""
    if name.startswith(RESERVED_PREFIX) or name.startswith("_tc_"):
        return f"the name {name!r} is reserved for the grader"
    if name.startswith("__") and name.endswith("__") and name not in ALLOWED_DUNDERS:
        return f"the attribute {name!r} reaches the interpreter's internals"
    if name in FORBIDDEN_ATTRIBUTES:
        return f"the attribute {name!r} reaches the interpreter's internals"
    return None
