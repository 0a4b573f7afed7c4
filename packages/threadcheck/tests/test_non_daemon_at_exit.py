"""An endless non-daemon thread left running when the main thread ends: the program can't exit."""

import unittest

from .support import failure_text, grade_one

SOURCE = """
    import threading
    import time


    def start(daemon):
        def loop():
            while True:
                time.sleep(1)

        threading.Thread(target=loop, name="beater", daemon=daemon).start()
"""

CHECK = """
    @tc.scenario("main returns, beater loops", bound=0, schedules=1, random_schedules=0)
    def s(sol):
        sol.start({daemon})
        tc.sleep(1.5)
"""


class NonDaemonAtExit(unittest.TestCase):
    def test_an_endless_non_daemon_thread_is_a_timeout_that_names_the_exit(self):
        result = grade_one(SOURCE, CHECK.format(daemon=False))
        self.assertFalse(result.passed)
        failure = result.failing.failure
        self.assertEqual(failure.kind, "timeout", failure_text(result))
        self.assertIn("beater ran", failure.message)
        self.assertIn("non-daemon threads at exit", failure.message)
        self.assertIn("should beater be a daemon?", failure.message)

    def test_an_endless_daemon_thread_does_not_keep_the_program_alive(self):
        result = grade_one(SOURCE, CHECK.format(daemon=True))
        self.assertTrue(result.passed, failure_text(result))

    def test_an_endless_loop_in_the_main_thread_says_nothing_about_exit(self):
        result = grade_one("""
            def spin():
                while True:
                    pass
        """, """
            @tc.scenario("spin", bound=0, schedules=1, random_schedules=0, max_steps=500)
            def s(sol):
                sol.spin()
        """)
        self.assertEqual(result.failing.failure.kind, "timeout", failure_text(result))
        self.assertNotIn("daemon", result.failing.failure.message)


if __name__ == "__main__":
    unittest.main()
