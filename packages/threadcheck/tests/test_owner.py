"""tc.owner(lock): which thread holds a lock, as checks see it, without a scheduling point."""

import unittest

from .support import grade_one, failure_text


SOLUTION = """
import threading

def hold(lock, ready, go):
    with lock:
        ready.set()
        go.wait()
"""


class OwnerTest(unittest.TestCase):
    def test_names_the_holder_and_none_when_free(self):
        checks = """
        @tc.scenario("owner", bound=1)
        def s(sol):
            lock = tc.threading.Lock()
            rlock = tc.threading.RLock()
            cond = tc.threading.Condition(tc.threading.Lock())
            ready, go = tc.threading.Event(), tc.threading.Event()
            tc.expect(tc.owner(lock) is None, "a new lock has no owner")
            t = tc.spawn(sol.hold, lock, ready, go, name="H")
            ready.wait()
            tc.expect(tc.owner(lock) == "H", f"owner is {tc.owner(lock)!r}, expected 'H'")
            go.set()
            tc.join(t)
            tc.expect(tc.owner(lock) is None, "released: no owner")
            with rlock:
                with rlock:
                    tc.expect(tc.owner(rlock) == "MainThread", "the RLock's owner")
            with cond:
                tc.expect(tc.owner(cond) == "MainThread", "a Condition's lock")
            tc.expect(tc.owner(cond) is None, "a released Condition")
        """
        result = grade_one(SOLUTION, checks)
        self.assertTrue(result.passed, failure_text(result))

    def test_refuses_what_is_not_a_lock(self):
        checks = """
        @tc.scenario("not a lock", bound=0)
        def s(sol):
            try:
                tc.owner(tc.threading.Semaphore(1))
            except TypeError:
                return
            tc.fail("tc.owner(Semaphore) did not raise TypeError")
        """
        result = grade_one(SOLUTION, checks)
        self.assertTrue(result.passed, failure_text(result))


if __name__ == "__main__":
    unittest.main()
