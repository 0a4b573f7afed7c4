"""Whatever a hostile submission does inside the process, the verdict is a failure, never a pass."""

import json
import time
import unittest

from .support import failure_text, grade_dir, grade_one, try_call

PASSING_CHECK = """
    @tc.scenario("runs", bound=0, schedules=3, random_schedules=2)
    def s(sol):
        sol.go()
"""


class Tampering(unittest.TestCase):
    def assert_forbidden(self, src, fragment):
        result = grade_one(src, PASSING_CHECK)
        self.assertFalse(result.passed, "a tampering submission passed")
        self.assertEqual(result.failing.failure.kind, "forbidden", failure_text(result))
        self.assertIn(fragment, result.failing.failure.message)

    def test_rebinding_a_module_attribute(self):
        self.assert_forbidden("""
            import threading
            class Nothing:
                def acquire(self): pass
                def release(self): pass
            def go():
                threading.Lock = Nothing
        """, "changing threading.Lock is not allowed")

    def test_rebinding_time_sleep(self):
        self.assert_forbidden("""
            import time
            def go():
                time.sleep = print
        """, "changing time.sleep is not allowed")

    def test_module_attribute_change_at_import_time(self):
        self.assert_forbidden("""
            import threading
            threading.Event = None
            def go():
                pass
        """, "changing threading.Event")

    def test_patching_a_grader_class(self):
        self.assert_forbidden("""
            import threading
            def go():
                threading.Lock.acquire = lambda self, *a, **k: True
        """, "changing Lock.acquire is not allowed")

    def test_setattr_on_a_grader_class(self):
        self.assert_forbidden("""
            import threading
            def go():
                setattr(threading.Thread, "join", lambda self, timeout=None: None)
        """, "changing Thread.join is not allowed")

    def test_setattr_on_a_grader_object(self):
        self.assert_forbidden("""
            import threading
            def go():
                lock = threading.Lock()
                setattr(lock, "release", lambda: None)
        """, "changing Lock.release")

    def test_deleting_from_a_grader_class(self):
        self.assert_forbidden("""
            import threading
            def go():
                delattr(threading.Condition, "wait")
        """, "not allowed")

    def test_grader_state_by_built_name(self):
        self.assert_forbidden("""
            import threading
            def go():
                lock = threading.Lock()
                lock.acquire()
                setattr(lock, "_tc" + "_owner", None)
        """, "'_tc_owner' is reserved for the grader")

    def test_catching_the_refusal_does_not_help(self):
        self.assert_forbidden("""
            import threading
            def go():
                try:
                    threading.Lock = object
                except BaseException:
                    pass
        """, "changing threading.Lock")

    def test_subclassing_is_still_allowed(self):
        result = grade_one("""
            import threading
            class Loud(threading.Thread):
                def run(self):
                    print("hi")
            def go():
                t = Loud()
                t.start()
                t.join()
        """, PASSING_CHECK)
        self.assertTrue(result.passed, failure_text(result))


class Escapes(unittest.TestCase):
    def test_logging_does_not_lead_to_sys_or_submodules(self):
        value, outcome = try_call("""
            import logging
            import collections
            import threading
            def go():
                # an allowed module reached through another is the submission's own view of it
                return [hasattr(logging, "sys"), hasattr(logging, "os"), hasattr(logging, "config"),
                        logging.threading is not threading, hasattr(logging, "_lock"),
                        hasattr(collections, "abc"), hasattr(collections, "_sys"),
                        hasattr(logging, "getLogger")]
        """, "go")
        self.assertIsNone(outcome.failure)
        self.assertEqual(value, [False, False, False, False, False, False, False, True])

    def test_using_logging_sys_fails(self):
        for expr in ("logging.sys.modules", "logging.config", "logging.os.system"):
            with self.subTest(expr=expr):
                _, outcome = try_call(f"""
                    import logging
                    def go():
                        return {expr}
                """, "go")
                self.assertEqual(outcome.failure.kind, "exception")
                self.assertIn("has no attribute", outcome.failure.message)

    def test_a_frame_from_logging_leads_nowhere(self):
        _, outcome = try_call("""
            import logging
            def go():
                frame = logging.currentframe()
                return getattr(frame, "f_" + "globals")
        """, "go")
        self.assertEqual(outcome.failure.kind, "forbidden")


class EndingTheProgram(unittest.TestCase):
    def test_system_exit_at_module_level(self):
        result = grade_one("""
            raise SystemExit(0)
            def go():
                pass
        """, PASSING_CHECK)
        self.assertFalse(result.passed)
        self.assertEqual(result.failing.failure.kind, "exception")
        self.assertIn("tried to end the program (SystemExit)", result.failing.failure.message)

    def test_system_exit_and_keyboard_interrupt_in_a_thread(self):
        for exc in ("SystemExit(0)", "KeyboardInterrupt()"):
            with self.subTest(exc=exc):
                result = grade_one(f"""
                    import threading
                    def go():
                        def bye():
                            raise {exc}
                        t = threading.Thread(target=bye, name="Quitter")
                        t.start()
                        t.join()
                """, PASSING_CHECK)
                self.assertFalse(result.passed)
                self.assertEqual(result.failing.failure.kind, "exception")
                self.assertIn("Quitter tried to end the program", result.failing.failure.message)

    def test_exception_whose_str_raises(self):
        started = time.perf_counter()
        result = grade_one("""
            class Sneaky(Exception):
                def __str__(self):
                    raise ValueError("no message for you")
            def go():
                raise Sneaky()
        """, PASSING_CHECK)
        self.assertLess(time.perf_counter() - started, 5.0, "the schedule hung")
        self.assertFalse(result.passed)
        self.assertEqual(result.failing.failure.kind, "exception", failure_text(result))
        self.assertIn("Sneaky", result.failing.failure.message)

    def test_swallowing_every_base_exception_in_a_loop(self):
        started = time.perf_counter()
        result = grade_one("""
            import threading
            def stubborn():
                while True:
                    try:
                        while True:
                            pass
                    except BaseException:
                        pass
            def go():
                t = threading.Thread(target=stubborn, name="Stubborn")
                t.start()
                t.join()
        """, """
            @tc.scenario("runs", bound=0, schedules=3, random_schedules=2, max_steps=2000)
            def s(sol):
                sol.go()
        """)
        self.assertLess(time.perf_counter() - started, 5.0, "the schedule hung")
        self.assertFalse(result.passed)
        self.assertIn(result.failing.failure.kind, ("timeout", "livelock"), failure_text(result))
        self.assertIn("Stubborn", result.failing.failure.message)

    def test_the_process_still_grades_after_hostile_runs(self):
        result = grade_one("""
            import threading
            lock = threading.Lock()
            def go():
                with lock:
                    pass
        """, PASSING_CHECK)
        self.assertTrue(result.passed, failure_text(result))


class Limits(unittest.TestCase):
    def test_flooding_output_is_a_resource_failure(self):
        result = grade_one("""
            def go():
                while True:
                    print("x" * 1000)
        """, PASSING_CHECK)
        self.assertEqual(result.failing.failure.kind, "resource", failure_text(result))
        self.assertIn("output limit exceeded", result.failing.failure.message)

    def test_too_many_threads_is_a_resource_failure(self):
        result = grade_one("""
            import threading
            def go():
                gate = threading.Event()
                for _ in range(100):
                    threading.Thread(target=gate.wait, daemon=True).start()
        """, PASSING_CHECK)
        self.assertEqual(result.failing.failure.kind, "resource", failure_text(result))
        self.assertIn("too many threads", result.failing.failure.message)

    def test_catching_the_limit_does_not_help(self):
        result = grade_one("""
            import threading
            def go():
                for _ in range(100):
                    try:
                        threading.Thread(target=lambda: None).start()
                    except BaseException:
                        pass
        """, PASSING_CHECK)
        self.assertFalse(result.passed)
        self.assertEqual(result.failing.failure.kind, "resource", failure_text(result))


# A counter that loses updates and tries to print its way to a pass.
FAKE_PASS = """
import threading
FAKE = '{"verdict": "pass", "score": 1.0, "failures": [], "checks": [], "notes": [], "stats": {}}'
print(FAKE)


class Counter:
    def __init__(self, start=0):
        self.value = start

    def increment(self):
        print(FAKE)
        self.value = self.value + 1
"""

COUNTER_CHECK = """import threadcheck as tc


@tc.scenario("two threads", bound=1, schedules=50, random_schedules=4)
def two(sol):
    c = sol.Counter()
    tc.join(tc.spawn(c.increment), tc.spawn(c.increment))
    tc.expect(c.value == 2, f"value is {c.value}")
"""


class EndToEnd(unittest.TestCase):
    def test_printing_a_fake_pass_result(self):
        result, proc = grade_dir(FAKE_PASS, COUNTER_CHECK)
        self.assertEqual(result["verdict"], "fail")
        self.assertEqual(result["failures"][0]["kind"], "race")
        # stdout is exactly one JSON document: the real result; the fake went to the schedule's output.
        self.assertNotIn(b'"score": 1.0, "failures": []', proc.stdout)
        self.assertEqual(json.loads(proc.stdout), result)
        self.assertEqual(proc.returncode, 0)

    def test_system_exit_at_module_level_end_to_end(self):
        result, proc = grade_dir("raise SystemExit(0)\n", COUNTER_CHECK)
        self.assertEqual(result["verdict"], "fail")
        self.assertEqual(result["score"], 0.0)
        self.assertEqual(result["checks"][0]["kind"], "exception")
        self.assertIn("tried to end the program", result["failures"][0]["message"])

    def test_system_exit_in_a_thread_end_to_end(self):
        solution = (
            "class Counter:\n"
            "    def __init__(self):\n"
            "        self.value = 0\n"
            "    def increment(self):\n"
            "        raise SystemExit(3)\n"
        )
        result, proc = grade_dir(solution, COUNTER_CHECK)
        self.assertEqual(result["verdict"], "fail")
        self.assertEqual(result["failures"][0]["kind"], "exception")
        self.assertIn("SystemExit", result["failures"][0]["message"])

    def test_exit_builtin_is_refused_before_running(self):
        result, proc = grade_dir("exit(0)\n", COUNTER_CHECK)
        self.assertEqual(result["verdict"], "fail")
        self.assertEqual(result["failures"][0]["kind"], "forbidden")
        self.assertIn("line 1", result["failures"][0]["message"])


if __name__ == "__main__":
    unittest.main()


class PolicyLimits(unittest.TestCase):
    """policy.json's maxThreads and outputLimitBytes are the limits a schedule enforces."""

    def test_max_threads_from_the_policy(self):
        from threadcheck.instrument.policy import Policy

        src = """
            import threading
            def go():
                for _ in range(5):
                    threading.Thread(target=print).start()
        """
        policy = Policy(["threading"], max_threads=4)
        result = grade_one(src, PASSING_CHECK, policy=policy)
        self.assertEqual(result.failing.failure.kind, "resource", failure_text(result))
        self.assertIn("more than 4", result.failing.failure.message)
        self.assertTrue(grade_one(src, PASSING_CHECK, policy=Policy(["threading"], max_threads=6)).passed)

    def test_output_limit_from_the_policy(self):
        from threadcheck.instrument.policy import Policy

        src = """
            def go():
                print("x" * 100)
        """
        result = grade_one(src, PASSING_CHECK, policy=Policy([], output_limit=50))
        self.assertEqual(result.failing.failure.kind, "resource", failure_text(result))
        self.assertTrue(grade_one(src, PASSING_CHECK, policy=Policy([], output_limit=500)).passed)
