"""Sleeps and timeouts run in virtual time: fast in real time, exact on the schedule's clock."""

import time
import unittest

from .support import call, dedent, failure_text, grade_one

SOURCE = dedent("""
    import threading
    import time


    def nap():
        time.sleep(5)


    def clocks():
        t0, m0 = time.time(), time.monotonic()
        time.sleep(2.5)
        return [time.time() - t0, time.monotonic() - m0, time.perf_counter()]


    def sleepers():
        order = []
        guard = threading.Lock()

        def sleeper(secs):
            time.sleep(secs)
            with guard:
                order.append((secs, time.monotonic()))

        ts = [threading.Thread(target=sleeper, args=(s,)) for s in (3, 1, 2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        return order


    def timer(cancel):
        fired = []
        t = threading.Timer(3, lambda: fired.append(time.monotonic()))
        t.start()
        if cancel:
            time.sleep(1)
            t.cancel()
        t.join()
        return [fired, time.monotonic()]


    def event_wait():
        e = threading.Event()
        return [e.wait(2), time.monotonic()]


    def condition_wait():
        c = threading.Condition()
        with c:
            got = c.wait(1.5)
            after = time.monotonic()
            pred = c.wait_for(lambda: False, 2)
        return [got, after, pred, time.monotonic()]


    def join_timeout():
        gate = threading.Event()
        t = threading.Thread(target=gate.wait)
        t.start()
        t.join(4)
        out = [t.is_alive(), time.monotonic()]
        gate.set()
        t.join()
        out.append(t.is_alive())
        return out


    def lock_timeout():
        lock = threading.Lock()
        gate = threading.Event()

        def holder():
            with lock:
                gate.wait()

        t = threading.Thread(target=holder)
        t.start()
        while not lock.locked():
            time.sleep(0.1)
        start = time.monotonic()
        got = lock.acquire(timeout=2)
        waited = time.monotonic() - start
        gate.set()
        t.join()
        return [got, waited, lock.acquire(timeout=2), time.monotonic() - start]


    def semaphore_timeout():
        s = threading.Semaphore(0)
        return [s.acquire(timeout=0.5), time.monotonic()]


    def woken_before_timeout():
        e = threading.Event()

        def setter():
            time.sleep(1)
            e.set()

        threading.Thread(target=setter).start()
        return [e.wait(10), time.monotonic()]
""")


class VirtualTime(unittest.TestCase):
    def test_sleep_takes_virtual_not_real_time(self):
        result = None
        started = time.perf_counter()
        result = grade_one(SOURCE, """
            @tc.scenario("sleep", bound=0, schedules=1, random_schedules=2)
            def s(sol):
                tc.expect(tc.now() == 0.0, f"starts at {tc.now()}")
                sol.nap()
                tc.expect(tc.now() == 5.0, f"virtual time is {tc.now()} after sleep(5)")
        """)
        elapsed = time.perf_counter() - started
        self.assertTrue(result.passed, failure_text(result))
        self.assertLess(elapsed, 1.0)

    def test_time_functions_read_the_virtual_clock(self):
        value, _ = call(SOURCE, "clocks")
        self.assertEqual(value, [2.5, 2.5, 2.5])

    def test_sleepers_wake_in_deadline_order(self):
        value, _ = call(SOURCE, "sleepers")
        self.assertEqual(value, [(1, 1.0), (2, 2.0), (3, 3.0)])

    def test_timer_fires_after_its_interval(self):
        value, _ = call(SOURCE, "timer", False)
        self.assertEqual(value, [[3.0], 3.0])

    def test_cancelled_timer_does_not_fire(self):
        value, _ = call(SOURCE, "timer", True)
        self.assertEqual(value, [[], 1.0])

    def test_event_wait_times_out(self):
        value, _ = call(SOURCE, "event_wait")
        self.assertEqual(value, [False, 2.0])

    def test_condition_wait_times_out(self):
        value, _ = call(SOURCE, "condition_wait")
        self.assertEqual(value, [False, 1.5, False, 3.5])

    def test_join_times_out_while_the_thread_runs_on(self):
        value, _ = call(SOURCE, "join_timeout")
        self.assertEqual(value, [True, 4.0, False])

    def test_lock_acquire_times_out(self):
        value, _ = call(SOURCE, "lock_timeout")
        got, waited, later, total = value
        self.assertIs(got, False)
        self.assertAlmostEqual(waited, 2.0)
        self.assertIs(later, True)
        self.assertAlmostEqual(total, 2.0)

    def test_semaphore_acquire_times_out(self):
        value, _ = call(SOURCE, "semaphore_timeout")
        self.assertEqual(value, [False, 0.5])

    def test_a_wait_woken_early_returns_true_at_the_wake_time(self):
        value, _ = call(SOURCE, "woken_before_timeout")
        self.assertEqual(value, [True, 1.0])

    def test_sleep_timeouts_in_every_schedule(self):
        # The clock is per schedule: it starts at 0 in each one.
        result = grade_one(SOURCE, """
            @tc.scenario("per schedule", bound=1, schedules=30, random_schedules=6)
            def s(sol):
                tc.expect(tc.now() == 0.0, f"a schedule starts at {tc.now()}")
                got = sol.woken_before_timeout()
                tc.expect(got == [True, 1.0], f"got {got}")
        """)
        self.assertTrue(result.passed, failure_text(result))
        self.assertGreater(result.schedules, 1)


if __name__ == "__main__":
    unittest.main()
