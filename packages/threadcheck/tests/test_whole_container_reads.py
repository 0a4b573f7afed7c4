"""A truth test or a copy of a container reads all of it, so it races with a concurrent change."""

import unittest

from .support import failure_text, grade_one

READER_AND_WRITER = """
    @tc.scenario("a writer and a reader", bound=1, schedules=200, random_schedules=0)
    def s(sol):
        box = sol.Box()
        tc.join(tc.spawn(box.add, name="W"), tc.spawn(box.peek, name="R"))
"""


def box(peek_body, locked=False):
    lock = "with self.lock:\n                    " if locked else ""
    return f"""
        import threading

        class Box:
            def __init__(self):
                self.lock = threading.Lock()
                self.items = []
                self.counts = {{}}

            def add(self):
                with self.lock:
                    self.items.append(1)
                    self.counts["x"] = 1

            def peek(self):
                {lock}{peek_body}
    """


class WholeContainerReads(unittest.TestCase):
    def assert_race(self, body, where):
        result = grade_one(box(body), READER_AND_WRITER)
        self.assertFalse(result.passed, f"{body}: no race found")
        self.assertEqual(result.failing.failure.kind, "race", failure_text(result))
        self.assertIn(where, result.failing.failure.message)

    def test_a_truth_test_without_the_lock_races(self):
        self.assert_race("if self.items: pass", "data race on Box.items")

    def test_not_and_boolean_operators_read_too(self):
        self.assert_race("return not self.items", "data race on Box.items")
        self.assert_race("return self.items or None", "data race on Box.items")
        self.assert_race("return 1 if self.counts else 0", "data race on Box.counts")

    def test_a_copy_without_the_lock_races(self):
        self.assert_race("return dict(self.counts)", "data race on Box.counts")
        self.assert_race("return list(self.items)", "data race on Box.items")

    def test_the_same_reads_under_the_lock_pass(self):
        for body in ("if self.items: pass", "return dict(self.counts)", "return not self.items"):
            result = grade_one(box(body, locked=True), READER_AND_WRITER)
            self.assertTrue(result.passed, f"{body}: {failure_text(result)}")

    def test_a_truth_test_of_a_plain_flag_is_no_container_read(self):
        result = grade_one("""
            class Box:
                def __init__(self):
                    self.done = False

                def add(self):
                    pass

                def peek(self):
                    if self.done:
                        return 1
        """, READER_AND_WRITER)
        self.assertTrue(result.passed, failure_text(result))


if __name__ == "__main__":
    unittest.main()
