"""The real logging module in schedules: thread names, handler locks, no leftovers between schedules."""

import time
import unittest

from .support import dedent, failure_text, grade_one

LIST_HANDLER = """
    import logging
    import threading

    class ListHandler(logging.Handler):
        def __init__(self):
            super().__init__()
            self.lines = []

        def emit(self, record):
            self.lines.append(self.format(record))

    handler = ListHandler()
    handler.setFormatter(logging.Formatter("%(threadName)s: %(message)s"))
    logger = logging.getLogger("jobs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
"""


def with_handler(src):
    return dedent(LIST_HANDLER) + dedent(src)


class Logging(unittest.TestCase):
    def assert_passes(self, result):
        self.assertTrue(result.passed, failure_text(result))

    def test_records_carry_the_logical_thread_name_even_after_a_rename(self):
        result = grade_one(with_handler("""
            def work(new_name):
                logger.info("before")
                threading.current_thread().name = new_name
                logger.info("after")
        """), """
            @tc.scenario("names", bound=1, schedules=200, random_schedules=10)
            def s(sol):
                sol.logger.info("main")
                tc.join(tc.spawn(sol.work, "renamed", name="W1"))
                lines = sol.handler.lines
                tc.expect(lines == ["MainThread: main", "W1: before", "renamed: after"], f"{lines}")
        """)
        self.assert_passes(result)

    def test_a_list_handler_needs_no_lock_of_its_own(self):
        # Handler.handle() holds the handler's lock around emit(), in CPython and here.
        result = grade_one(with_handler("""
            def work(n):
                logger.info("hello %s", n)
        """), """
            @tc.scenario("two loggers", bound=2, schedules=500, random_schedules=20)
            def s(sol):
                tc.join(tc.spawn(sol.work, 1, name="A"), tc.spawn(sol.work, 2, name="B"))
                lines = sorted(sol.handler.lines)
                tc.expect(lines == ["A: hello 1", "B: hello 2"], f"{lines}")
        """)
        self.assert_passes(result)
        self.assertGreater(result.schedules, 1)

    def test_a_handler_with_its_own_lock_does_not_hang(self):
        # emit() has scheduling points while the handler's lock is held: a real lock there
        # blocked the other thread's carrier outside the scheduler (a 10 s timeout).
        started = time.perf_counter()
        result = grade_one("""
            import logging
            import threading

            class GuardedHandler(logging.Handler):
                def __init__(self):
                    super().__init__()
                    self.guard = threading.Lock()
                    self.lines = []

                def emit(self, record):
                    with self.guard:
                        self.lines.append(record.getMessage())

            handler = GuardedHandler()
            logger = logging.getLogger("guarded")
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)

            def work(n):
                logger.info("hello %s", n)
        """, """
            @tc.scenario("preempted inside emit", bound=2, schedules=500, random_schedules=20)
            def s(sol):
                tc.join(tc.spawn(sol.work, 1, name="A"), tc.spawn(sol.work, 2, name="B"))
                tc.expect(sorted(sol.handler.lines) == ["hello 1", "hello 2"], f"{sol.handler.lines}")
        """)
        self.assert_passes(result)
        self.assertLess(time.perf_counter() - started, 5.0)

    def test_configuration_does_not_leak_into_the_next_schedule(self):
        result = grade_one(with_handler("""
            logging.basicConfig(handlers=[logging.NullHandler()])
            logging.getLogger("jobs.extra").addHandler(logging.NullHandler())

            def work():
                logger.info("hello")
        """), """
            @tc.scenario("many schedules", bound=2, schedules=300, random_schedules=20)
            def s(sol):
                import logging
                jobs = logging.getLogger("jobs")
                tc.expect(jobs.handlers == [sol.handler], f"jobs has handlers {jobs.handlers}")
                tc.expect(len(logging.getLogger().handlers) == 1,
                          f"root has handlers {logging.getLogger().handlers}")
                tc.expect(len(logging.getLogger("jobs.extra").handlers) == 1, "jobs.extra")
                tc.join(tc.spawn(sol.work, name="A"), tc.spawn(sol.work, name="B"))
                lines = sorted(sol.handler.lines)
                tc.expect(lines == ["A: hello", "B: hello"], f"{lines}")
        """)
        self.assert_passes(result)
        self.assertGreater(result.schedules, 1)


if __name__ == "__main__":
    unittest.main()
