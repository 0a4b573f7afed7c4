"""The exercise policy: imports, builtins, escapes and forbidden names, statically and at run time."""

import unittest

from threadcheck.instrument.loader import prepare
from threadcheck.instrument.policy import Policy

from .support import POLICY, dedent, try_call

BARRIER_FORBIDDEN = Policy(allowed_imports=["threading", "time", "random", "logging", "collections"],
                           forbidden_imports=["queue", "multiprocessing", "asyncio"],
                           forbidden_names=["threading.Barrier"])


def violations(src, policy=POLICY):
    prepared = prepare(dedent(src), policy)
    assert prepared.syntax is None, prepared.syntax.message
    return prepared.violations


class StaticRules(unittest.TestCase):
    def assert_forbidden(self, src, fragment, line=1, policy=POLICY):
        found = violations(src, policy)
        self.assertTrue(found, f"no violation for {src!r}")
        self.assertFalse(prepare(dedent(src), policy).ok)
        messages = [v.message for v in found]
        self.assertTrue(any(fragment in m for m in messages), messages)
        self.assertIn(line, [v.line for v in found])

    def test_forbidden_imports(self):
        for module in ("os", "sys", "subprocess", "ctypes", "importlib", "gc", "socket"):
            with self.subTest(module=module):
                self.assert_forbidden(f"import {module}", f"import of '{module}' is not allowed here")
                self.assert_forbidden(f"from {module} import path", f"import of '{module}' is not allowed")
        self.assert_forbidden("import os.path", "import of 'os.path' is not allowed")
        self.assert_forbidden("x = 1\nif x:\n    import sys", "import of 'sys'", line=3)
        self.assert_forbidden("def f():\n    import ctypes", "import of 'ctypes'", line=2)

    def test_queue_is_forbidden_when_the_exercise_says_so(self):
        policy = Policy(allowed_imports=["threading", "queue"], forbidden_imports=["queue"])
        self.assert_forbidden("import queue", "import of 'queue' is not allowed in this exercise",
                              policy=policy)
        self.assert_forbidden("from queue import Queue", "import of 'queue' is not allowed in this exercise",
                              policy=policy)
        self.assertEqual(violations("import queue", Policy(allowed_imports=["queue"])), [])

    def test_allowed_imports_pass(self):
        self.assertEqual(violations("""
            import threading
            import time, random
            from collections import deque
            import logging as log
            from threading import Lock, Condition
        """), [])

    def test_relative_and_star_imports(self):
        self.assert_forbidden("from . import x", "relative imports are not allowed")
        self.assert_forbidden("from threading import *", "import *' is not allowed")

    def test_forbidden_builtins(self):
        for name in ("exec", "eval", "compile", "open", "__import__", "globals", "exit", "quit",
                     "vars", "locals", "breakpoint", "input"):
            with self.subTest(name=name):
                self.assert_forbidden(f"def f():\n    return {name}('x')", f"{name}() is not allowed", line=2)
        # Also when only referenced, not called.
        self.assert_forbidden("run = eval", "eval() is not allowed")

    def test_dunder_escapes(self):
        for attr in ("__globals__", "__subclasses__", "__dict__", "__builtins__", "__code__",
                     "__bases__", "__mro__", "__closure__", "__getattribute__", "__setattr__"):
            with self.subTest(attr=attr):
                self.assert_forbidden(f"def f(o):\n    return o.{attr}", f"'{attr}' reaches the interpreter", line=2)
        self.assert_forbidden("x = __builtins__", "'__builtins__' is reserved")
        self.assert_forbidden("def f():\n    return ().__class__.__base__.__subclasses__()",
                              "'__subclasses__' reaches", line=2)

    def test_frame_attributes(self):
        for attr in ("f_back", "f_globals", "f_locals", "tb_frame", "gi_frame", "gi_code", "cr_frame",
                     "co_code", "f_code"):
            with self.subTest(attr=attr):
                self.assert_forbidden(f"def f(o):\n    return o.{attr}", f"'{attr}' reaches", line=2)

    def test_reserved_grader_names(self):
        self.assert_forbidden("__tc_r__ = None", "reserved for the grader")
        self.assert_forbidden("def f():\n    return __tc_w__", "reserved for the grader", line=2)
        self.assert_forbidden("def __tc_loop__():\n    pass", "reserved for the grader")
        self.assert_forbidden("def f(o):\n    return o._tc_owner", "'_tc_owner' is reserved", line=2)
        self.assert_forbidden("def f(o):\n    o.__tc_x = 1", "reserved", line=2)
        self.assert_forbidden("def f():\n    global __x\n", "reserved", line=2)

    def test_forbidden_name_by_attribute_from_import_and_alias(self):
        cases = [
            ("import threading\nb = threading.Barrier(2)", 2),
            ("from threading import Barrier", 1),
            ("import threading as t\nb = t.Barrier", 2),
            ("from threading import Lock, Barrier as B", 1),
        ]
        for src, line in cases:
            with self.subTest(src=src):
                self.assert_forbidden(src, "threading.Barrier is not allowed in this exercise", line=line,
                                      policy=BARRIER_FORBIDDEN)
                self.assertEqual(violations(src, POLICY), [], "allowed when the exercise allows it")

    def test_async_code_is_not_allowed(self):
        self.assert_forbidden("async def f():\n    await g()", "async code", line=2)

    def test_violations_point_at_every_offending_line(self):
        found = violations("import os\nx = 1\ny = eval('2')\n")
        self.assertEqual(sorted(v.line for v in found), [1, 3])


class RunTimeRules(unittest.TestCase):
    def assert_forbidden_at_run_time(self, src, fn, fragment, policy=POLICY, *args):
        prepared = prepare(dedent(src), policy)
        self.assertTrue(prepared.ok, "must pass the static checks to test the run-time ones: "
                        f"{prepared.violations}")
        _, outcome = try_call(src, fn, *args, policy=policy)
        self.assertIsNotNone(outcome.failure, "ran without a failure")
        self.assertEqual(outcome.failure.kind, "forbidden", outcome.failure.message)
        self.assertIn(fragment, outcome.failure.message)
        return outcome

    def test_barrier_built_by_name_at_run_time(self):
        self.assert_forbidden_at_run_time("""
            import threading
            def go():
                return getattr(threading, "Bar" + "rier")(2)
        """, "go", "threading.Barrier is not allowed in this exercise", BARRIER_FORBIDDEN)

    def test_barrier_by_name_is_forbidden_even_when_the_error_is_caught(self):
        self.assert_forbidden_at_run_time("""
            import threading
            def go():
                try:
                    return getattr(threading, "Bar" + "rier")
                except BaseException:
                    return None
        """, "go", "threading.Barrier", BARRIER_FORBIDDEN)

    def test_dunder_names_built_at_run_time(self):
        for name in ("__glob" + "als__", "__sub" + "classes__", "__di" + "ct__", "f_" + "back",
                     "__tc" + "_r__", "_tc_" + "owner"):
            with self.subTest(name=name):
                self.assert_forbidden_at_run_time("""
                    def victim():
                        pass

                    def go(name):
                        return getattr(victim, name)
                """, "go", "is reserved" if "tc" in name else "reaches the interpreter", POLICY, name)

    def test_setattr_and_hasattr_with_built_names(self):
        self.assert_forbidden_at_run_time("""
            class A:
                pass
            def go():
                setattr(A(), "__glo" + "bals__", 1)
        """, "go", "'__globals__' reaches the interpreter")
        self.assert_forbidden_at_run_time("""
            def go():
                return hasattr(go, "__glo" + "bals__")
        """, "go", "'__globals__' reaches the interpreter")
        self.assert_forbidden_at_run_time("""
            class A:
                pass
            def go():
                delattr(A(), "__di" + "ct__")
        """, "go", "'__dict__' reaches the interpreter")

    def test_getattr_of_ordinary_names_still_works(self):
        value, outcome = try_call("""
            import threading
            class A:
                x = 3
            def go():
                return [getattr(A(), "x"), getattr(A(), "y", 4), hasattr(A, "x"),
                        getattr(threading, "Lo" + "ck").__name__]
        """, "go")
        self.assertIsNone(outcome.failure)
        self.assertEqual(value, [3, 4, True, "Lock"])


class Deprecated(unittest.TestCase):
    def test_deprecated_names_are_collected_with_their_first_line(self):
        prepared = prepare(dedent("""
            import threading

            def go(t, c):
                t.setDaemon(True)
                name = t.getName()
                me = threading.currentThread()
                c.notifyAll()
                if t.isAlive():
                    pass
                t.setDaemon(False)
        """), POLICY)
        self.assertTrue(prepared.ok)
        self.assertEqual(prepared.deprecated,
                         {"setDaemon": 4, "getName": 5, "currentThread": 6, "notifyAll": 7, "isAlive": 8})

    def test_modern_names_are_not_deprecated(self):
        prepared = prepare(dedent("""
            import threading

            def go(t, c):
                t.daemon = True
                return t.name, threading.current_thread(), c.notify_all(), t.is_alive()
        """), POLICY)
        self.assertEqual(prepared.deprecated, {})

    def test_deprecated_calls_work_and_are_recorded_at_run_time(self):
        value, outcome = try_call("""
            import threading

            def go():
                t = threading.Thread(target=lambda: None, name="w")
                t.setDaemon(True)
                out = [t.getName(), t.isDaemon(), threading.currentThread().getName()]
                t.start()
                t.join()
                return out
        """, "go")
        self.assertIsNone(outcome.failure)
        self.assertEqual(value, ["w", True, "MainThread"])
        self.assertEqual(outcome.deprecated, {"setDaemon", "getName", "isDaemon", "currentThread"})


class Syntax(unittest.TestCase):
    def test_syntax_error_reports_the_line(self):
        prepared = prepare("import threading\n\ndef f(:\n    pass\n", POLICY)
        self.assertFalse(prepared.ok)
        self.assertEqual(prepared.syntax.line, 3)
        self.assertIn("line 3", prepared.syntax.message)
        self.assertIn("def f(:", prepared.syntax.message)

    def test_indentation_error(self):
        prepared = prepare("def f():\nreturn 1\n", POLICY)
        self.assertEqual(prepared.syntax.line, 2)

    def test_nul_byte(self):
        prepared = prepare("x = 1\x00\n", POLICY)
        self.assertIsNotNone(prepared.syntax)
        self.assertFalse(prepared.ok)

    def test_valid_code_has_no_syntax_problem(self):
        prepared = prepare("x = 1\n", POLICY)
        self.assertIsNone(prepared.syntax)
        self.assertTrue(prepared.ok)


if __name__ == "__main__":
    unittest.main()
