"""is_alive() returning False orders the ended thread's writes before the caller's reads."""

import unittest

from .support import failure_text, grade_one

CHECK = """
    @tc.scenario("poll", bound=2, schedules=500, random_schedules=20)
    def s(sol):
        tc.expect(sol.go() == 42, "go() did not return 42")
"""


class IsAlive(unittest.TestCase):
    def test_polling_is_alive_until_false_then_reading_is_no_race(self):
        # CPython's is_alive() acquires the ended thread's lock: like join(), it synchronises.
        result = grade_one("""
            import threading
            import time

            class Box:
                value = None

            def go():
                box = Box()
                def work():
                    box.value = 42
                t = threading.Thread(target=work)
                t.start()
                while t.is_alive():
                    time.sleep(0.1)
                return box.value
        """, CHECK)
        self.assertTrue(result.passed, failure_text(result))

    def test_reading_while_is_alive_was_true_is_still_a_race(self):
        result = grade_one("""
            import threading
            import time

            class Box:
                value = None

            def go():
                box = Box()
                def work():
                    time.sleep(1)
                    box.value = 42
                t = threading.Thread(target=work)
                t.start()
                if t.is_alive():
                    time.sleep(2)
                value = box.value
                t.join()
                return value
        """, CHECK)
        self.assertFalse(result.passed)
        self.assertEqual(result.failing.failure.kind, "race", failure_text(result))


if __name__ == "__main__":
    unittest.main()
