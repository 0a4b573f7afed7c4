"""Happens-before race detection: unordered conflicting accesses are races, ordered ones not."""

import unittest

from .support import failure_text, grade_one

TWO_WORKERS = """
    @tc.scenario("two workers", bound=2, schedules=300, random_schedules=20, time_budget=0.5)
    def s(sol):
        box = sol.Box()
        tc.join(tc.spawn(sol.work, box, name="A"), tc.spawn(sol.work, box, name="B"))
        tc.expect(box.value == 2, f"value is {box.value}")
"""


class Races(unittest.TestCase):
    def assert_race(self, result, where):
        self.assertFalse(result.passed, "a race was not found")
        self.assertEqual(result.failing.failure.kind, "race", failure_text(result))
        self.assertIn(f"data race on {where}", result.failing.failure.message)
        return result.failing.failure

    def assert_passes(self, result):
        self.assertTrue(result.passed, failure_text(result))

    def test_unsynchronised_counter_is_a_race_on_the_first_schedule(self):
        result = grade_one("""
            class Box:
                def __init__(self):
                    self.value = 0

            def work(box):
                box.value = box.value + 1
        """, TWO_WORKERS)
        failure = self.assert_race(result, "Box.value")
        self.assertEqual(result.schedules, 1)
        self.assertEqual(sorted(failure.threads), ["A", "B"])
        self.assertIn("(line 6)", failure.message)

    def test_the_same_counter_with_a_lock_passes(self):
        result = grade_one("""
            import threading

            class Box:
                def __init__(self):
                    self.value = 0
                    self.lock = threading.Lock()

            def work(box):
                with box.lock:
                    box.value = box.value + 1
        """, TWO_WORKERS)
        self.assert_passes(result)
        self.assertGreater(result.schedules, 1)

    def test_accesses_ordered_by_join_are_not_races(self):
        result = grade_one("""
            class Box:
                def __init__(self):
                    self.value = 0

            def work(box):
                box.value = box.value + 1
        """, """
            @tc.scenario("sequential threads", bound=2, schedules=100, random_schedules=10)
            def s(sol):
                box = sol.Box()
                tc.join(tc.spawn(sol.work, box))
                tc.join(tc.spawn(sol.work, box))
                tc.expect(box.value == 2, f"value is {box.value}")
        """)
        self.assert_passes(result)

    def test_thread_start_orders_the_parents_earlier_writes(self):
        result = grade_one("""
            import threading

            class Box:
                pass

            def go():
                box = Box()
                box.value = 41
                def child():
                    box.value = box.value + 1
                t = threading.Thread(target=child)
                t.start()
                t.join()
                return box.value
        """, """
            @tc.scenario("start", bound=2, schedules=100, random_schedules=10)
            def s(sol):
                tc.expect(sol.go() == 42, "value")
        """)
        self.assert_passes(result)

    def test_accesses_ordered_by_an_event_are_not_races(self):
        result = grade_one("""
            import threading

            class Box:
                def __init__(self):
                    self.value = 0
                    self.ready = threading.Event()

            def produce(box):
                box.value = 42
                box.ready.set()

            def consume(box, out):
                box.ready.wait()
                out.append(box.value)
        """, """
            @tc.scenario("event", bound=2, schedules=300, random_schedules=20)
            def s(sol):
                box, out = sol.Box(), []
                tc.join(tc.spawn(sol.consume, box, out), tc.spawn(sol.produce, box))
                tc.expect(out == [42], f"got {out}")
        """)
        self.assert_passes(result)

    def test_the_same_without_the_event_is_a_race(self):
        # The counterpart of the event test: the flag alone orders nothing.
        result = grade_one("""
            class Box:
                def __init__(self):
                    self.value = 0

            def produce(box):
                box.value = 42

            def consume(box, out):
                out.append(box.value)
        """, """
            @tc.scenario("no event", bound=2, schedules=300, random_schedules=20)
            def s(sol):
                box, out = sol.Box(), []
                tc.join(tc.spawn(sol.consume, box, out), tc.spawn(sol.produce, box))
        """)
        self.assert_race(result, "Box.value")

    def test_event_is_set_true_orders_too(self):
        result = grade_one("""
            import threading

            class Box:
                def __init__(self):
                    self.value = 0
                    self.ready = threading.Event()

            def produce(box):
                box.value = 42
                box.ready.set()

            def consume(box, out):
                if box.ready.is_set():
                    out.append(box.value)
        """, """
            @tc.scenario("is_set", bound=2, schedules=300, random_schedules=20)
            def s(sol):
                box, out = sol.Box(), []
                tc.join(tc.spawn(sol.consume, box, out), tc.spawn(sol.produce, box))
        """)
        self.assert_passes(result)

    def test_accesses_ordered_by_a_semaphore_are_not_races(self):
        result = grade_one("""
            import threading

            class Box:
                def __init__(self):
                    self.value = 0
                    self.done = threading.Semaphore(0)

            def produce(box):
                box.value = 42
                box.done.release()

            def consume(box, out):
                box.done.acquire()
                out.append(box.value)
        """, """
            @tc.scenario("semaphore", bound=2, schedules=300, random_schedules=20)
            def s(sol):
                box, out = sol.Box(), []
                tc.join(tc.spawn(sol.consume, box, out), tc.spawn(sol.produce, box))
                tc.expect(out == [42], f"got {out}")
        """)
        self.assert_passes(result)

    def test_accesses_ordered_by_a_condition_are_not_races(self):
        result = grade_one("""
            import threading

            class Box:
                def __init__(self):
                    self.value = None
                    self.cond = threading.Condition()

            def produce(box):
                with box.cond:
                    box.value = 42
                    box.cond.notify_all()

            def consume(box, out):
                with box.cond:
                    while box.value is None:
                        box.cond.wait()
                    out.append(box.value)
        """, """
            @tc.scenario("condition", bound=2, schedules=300, random_schedules=20)
            def s(sol):
                box, out = sol.Box(), []
                tc.join(tc.spawn(sol.consume, box, out), tc.spawn(sol.consume, box, out),
                        tc.spawn(sol.produce, box))
                tc.expect(out == [42, 42], f"got {out}")
        """)
        self.assert_passes(result)

    def test_accesses_ordered_by_a_barrier_are_not_races(self):
        result = grade_one("""
            import threading

            class Box:
                def __init__(self):
                    self.a = 0
                    self.b = 0
                    self.barrier = threading.Barrier(2)

            def left(box, out):
                box.a = 1
                box.barrier.wait()
                out.append(box.b)

            def right(box, out):
                box.b = 2
                box.barrier.wait()
                box.barrier.wait()
                out.append(box.a)
        """, """
            @tc.scenario("barrier", bound=1, schedules=300, random_schedules=10)
            def s(sol):
                box, out1, out2 = sol.Box(), [], []
                t1 = tc.spawn(sol.left, box, out1)
                t2 = tc.spawn(sol.right, box, out2)
                tc.join(t1)
                tc.spawn(box.barrier.wait)
                tc.join(t2)
                tc.expect(out1 == [2] and out2 == [1], f"got {out1} {out2}")
        """)
        self.assert_passes(result)

    def test_race_on_a_global_declared_global(self):
        result = grade_one("""
            count = 0

            def work():
                global count
                count += 1

            def value():
                return count
        """, """
            @tc.scenario("global", bound=1, schedules=50, random_schedules=10)
            def s(sol):
                tc.join(tc.spawn(sol.work), tc.spawn(sol.work))
        """)
        failure = self.assert_race(result, "count")
        self.assertIn("(line 5)", failure.message)
        self.assertEqual(result.schedules, 1)

    def test_global_under_a_lock_is_not_a_race(self):
        result = grade_one("""
            import threading
            count = 0
            lock = threading.Lock()

            def work():
                global count
                with lock:
                    count += 1

            def value():
                return count
        """, """
            @tc.scenario("global locked", bound=2, schedules=200, random_schedules=10)
            def s(sol):
                tc.join(tc.spawn(sol.work), tc.spawn(sol.work))
                tc.expect(sol.value() == 2, f"count is {sol.value()}")
        """)
        self.assert_passes(result)

    def test_race_on_a_list_appended_without_a_lock(self):
        result = grade_one("""
            items = []

            def work(x):
                items.append(x)
        """, """
            @tc.scenario("append", bound=1, schedules=50, random_schedules=10)
            def s(sol):
                tc.join(tc.spawn(sol.work, 1), tc.spawn(sol.work, 2))
        """)
        failure = self.assert_race(result, "list[...]")
        self.assertIn("wrote it", failure.message)

    def test_list_append_under_a_lock_is_not_a_race(self):
        result = grade_one("""
            import threading
            items = []
            lock = threading.Lock()

            def work(x):
                with lock:
                    items.append(x)

            def snapshot():
                with lock:
                    return sorted(items)
        """, """
            @tc.scenario("append locked", bound=2, schedules=200, random_schedules=10)
            def s(sol):
                tc.join(tc.spawn(sol.work, 1), tc.spawn(sol.work, 2))
                tc.expect(sol.snapshot() == [1, 2], f"items {sol.snapshot()}")
        """)
        self.assert_passes(result)

    def test_concurrent_reads_are_not_races(self):
        result = grade_one("""
            class Box:
                def __init__(self):
                    self.value = 7
                    self.items = [1, 2, 3]

            def read(box, out):
                out.append(box.value + len(box.items) + box.items[0])
        """, """
            @tc.scenario("reads", bound=2, schedules=200, random_schedules=10)
            def s(sol):
                box = sol.Box()
                a, b = [], []
                tc.join(tc.spawn(sol.read, box, a), tc.spawn(sol.read, box, b))
                tc.expect(a == b == [11], f"{a} {b}")
        """)
        self.assert_passes(result)

    def test_thread_local_attributes_are_never_races(self):
        result = grade_one("""
            import threading

            class Box:
                def __init__(self):
                    self.mine = threading.local()

            def work(box, n, out):
                box.mine.value = n
                box.mine.value = box.mine.value + 1
                out.append(box.mine.value)
        """, """
            @tc.scenario("local", bound=2, schedules=300, random_schedules=10)
            def s(sol):
                box = sol.Box()
                a, b = [], []
                tc.join(tc.spawn(sol.work, box, 1, a), tc.spawn(sol.work, box, 10, b))
                tc.expect(a == [2] and b == [11], f"{a} {b}")
        """)
        self.assert_passes(result)
        self.assertGreater(result.schedules, 1)


if __name__ == "__main__":
    unittest.main()
