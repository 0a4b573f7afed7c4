"""Deadlocks: found, named by kind, and explained with the threads and the wait-for cycle."""

import unittest

from .support import failure_text, grade_one

OPPOSITE_ORDER = """
    import threading

    class Accounts:
        def __init__(self):
            self.a = threading.Lock()
            self.b = threading.Lock()

    def left(acc):
        with acc.a:
            with acc.b:
                pass

    def right(acc):
        with acc.b:
            with acc.a:
                pass
"""


class Deadlocks(unittest.TestCase):
    def assert_deadlock(self, result):
        self.assertFalse(result.passed, "no deadlock found")
        self.assertEqual(result.failing.failure.kind, "deadlock", failure_text(result))
        return result.failing.failure

    def test_two_locks_in_opposite_order(self):
        result = grade_one(OPPOSITE_ORDER, """
            @tc.scenario("opposite order", bound=2, schedules=200, random_schedules=10)
            def s(sol):
                acc = sol.Accounts()
                tc.join(tc.spawn(sol.left, acc, name="L"), tc.spawn(sol.right, acc, name="R"))
        """)
        failure = self.assert_deadlock(result)
        self.assertIn("wait for each other in a cycle", failure.message)
        self.assertTrue("L -> R -> L" in failure.message or "R -> L -> R" in failure.message,
                        failure.message)
        self.assertEqual(sorted(failure.threads), ["L", "R"])
        # Each thread's part names what it holds and what it waits for, with the lines.
        self.assertIn("holds Accounts.a and waits for Accounts.b, held by R", failure.message)
        self.assertIn("holds Accounts.b and waits for Accounts.a, held by L", failure.message)
        self.assertIn("(line 10)", failure.message)
        self.assertIn("(line 15)", failure.message)
        # A deadlock needs exactly one preemption here, and the reported schedule has one.
        self.assertEqual(result.failing.preemptions, 1)

    def test_same_order_does_not_deadlock(self):
        result = grade_one(OPPOSITE_ORDER, """
            @tc.scenario("same order", bound=2, schedules=300, random_schedules=10)
            def s(sol):
                acc = sol.Accounts()
                tc.join(tc.spawn(sol.left, acc), tc.spawn(sol.left, acc))
        """)
        self.assertTrue(result.passed, failure_text(result))

    def test_reacquiring_a_plain_lock_deadlocks_on_itself(self):
        result = grade_one("""
            import threading
            lock = threading.Lock()

            def outer():
                with lock:
                    inner()

            def inner():
                with lock:
                    pass
        """, """
            @tc.scenario("self", bound=0, schedules=5, random_schedules=2)
            def s(sol):
                tc.join(tc.spawn(sol.outer, name="W"))
        """)
        failure = self.assert_deadlock(result)
        self.assertIn("W waits for a lock it already holds itself", failure.message)
        self.assertIn("already holds", failure.message)
        self.assertEqual(failure.threads, ["W"])
        self.assertEqual(result.schedules, 1)

    def test_reacquiring_an_rlock_is_fine(self):
        result = grade_one("""
            import threading
            lock = threading.RLock()

            def outer():
                with lock:
                    inner()

            def inner():
                with lock:
                    pass
        """, """
            @tc.scenario("rlock", bound=1, schedules=20, random_schedules=2)
            def s(sol):
                tc.join(tc.spawn(sol.outer), tc.spawn(sol.outer))
        """)
        self.assertTrue(result.passed, failure_text(result))

    def test_condition_wait_with_nobody_to_notify(self):
        result = grade_one("""
            import threading

            class Mailbox:
                def __init__(self):
                    self.cond = threading.Condition()
                    self.item = None

                def get(self):
                    with self.cond:
                        while self.item is None:
                            self.cond.wait()
                        return self.item
        """, """
            @tc.scenario("nobody notifies", bound=0, schedules=5, random_schedules=2)
            def s(sol):
                box = sol.Mailbox()
                tc.join(tc.spawn(box.get, name="Reader"))
        """)
        failure = self.assert_deadlock(result)
        self.assertIn("Reader", failure.message)
        self.assertIn("waits on Mailbox.cond and nobody is left to notify it", failure.message)
        self.assertIn("MainThread waits for Reader to finish (join)", failure.message)

    def test_event_never_set(self):
        result = grade_one("""
            import threading
            ready = threading.Event()

            def wait():
                ready.wait()
        """, """
            @tc.scenario("never set", bound=0, schedules=5, random_schedules=2)
            def s(sol):
                tc.join(tc.spawn(sol.wait, name="Waiter"))
        """)
        failure = self.assert_deadlock(result)
        self.assertIn("Waiter", failure.message)
        self.assertIn("nobody is left to set it", failure.message)

    def test_lock_held_by_a_finished_thread(self):
        result = grade_one("""
            import threading
            lock = threading.Lock()

            def leak():
                lock.acquire()

            def use():
                with lock:
                    pass
        """, """
            @tc.scenario("leaked", bound=0, schedules=5, random_schedules=2)
            def s(sol):
                tc.join(tc.spawn(sol.leak, name="Leaker"))
                tc.join(tc.spawn(sol.use, name="User"))
        """)
        failure = self.assert_deadlock(result)
        self.assertIn("User", failure.message)
        self.assertIn("held by Leaker", failure.message)

    def test_join_cycle_is_a_deadlock(self):
        result = grade_one("""
            import threading
            handles = {}
            ready = threading.Event()

            def first():
                ready.wait()
                handles["second"].join()

            def second():
                ready.wait()
                handles["first"].join()

            def start():
                a = threading.Thread(target=first, name="First")
                b = threading.Thread(target=second, name="Second")
                handles["first"] = a
                handles["second"] = b
                a.start()
                b.start()
                ready.set()
                a.join()
                b.join()
        """, """
            @tc.scenario("join cycle", bound=0, schedules=5, random_schedules=2)
            def s(sol):
                sol.start()
        """)
        failure = self.assert_deadlock(result)
        self.assertIn("wait for each other in a cycle", failure.message)
        self.assertEqual(sorted(failure.threads), ["First", "Second"])


if __name__ == "__main__":
    unittest.main()
