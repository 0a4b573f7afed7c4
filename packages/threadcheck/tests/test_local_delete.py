"""Deleting an attribute of a threading.local is thread-private, like setting one."""

import unittest

from .support import failure_text, grade_one


class LocalDelete(unittest.TestCase):
    def test_del_of_a_thread_local_attribute_is_never_a_race(self):
        result = grade_one("""
            import threading

            ctx = threading.local()

            def work(n, out):
                ctx.value = n
                out.append(ctx.value)
                del ctx.value
                out.append(hasattr(ctx, "value"))
        """, """
            @tc.scenario("local del", bound=2, schedules=300, random_schedules=10)
            def s(sol):
                a, b = [], []
                tc.join(tc.spawn(sol.work, 1, a), tc.spawn(sol.work, 2, b))
                tc.expect(a == [1, False] and b == [2, False], f"{a} {b}")
        """)
        self.assertTrue(result.passed, failure_text(result))
        self.assertGreater(result.schedules, 1)

    def test_del_of_a_shared_attribute_is_still_a_race(self):
        result = grade_one("""
            class Box:
                pass

            box = Box()

            def work(n, out):
                box.value = n
                del box.value
        """, """
            @tc.scenario("shared del", bound=2, schedules=300, random_schedules=10)
            def s(sol):
                tc.join(tc.spawn(sol.work, 1, []), tc.spawn(sol.work, 2, []))
        """)
        self.assertFalse(result.passed)
        self.assertEqual(result.failing.failure.kind, "race", failure_text(result))


if __name__ == "__main__":
    unittest.main()
