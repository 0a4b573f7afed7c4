"""The fake threading primitives behave like CPython's inside a scenario, misuse included.

Most functions here are run twice: under threadcheck and under the real interpreter with
the real `threading`, and the results must agree (they are deterministic either way).
"""

import unittest

from .support import call, cpython_call, dedent, grade_one, failure_text, try_call

MISUSE = dedent("""
    import threading


    def _error(fn):
        try:
            fn()
        except Exception as exc:
            return (type(exc).__name__, str(exc))
        return None


    def lock_basics():
        lock = threading.Lock()
        out = [lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False)]
        lock.release()
        out.append(lock.locked())
        with lock:
            out.append(lock.locked())
        out.append(lock.locked())
        return out


    def release_unlocked_lock():
        return _error(threading.Lock().release)


    def lock_bad_timeouts():
        lock = threading.Lock()
        return [_error(lambda: lock.acquire(False, 1)), _error(lambda: lock.acquire(True, -5))]


    def rlock_reentrant():
        r = threading.RLock()
        out = [r.acquire(), r.acquire(), r.acquire(blocking=False)]
        r.release()
        r.release()
        r.release()
        out.append(_error(r.release))
        return out


    def rlock_released_by_other_thread():
        r = threading.RLock()
        r.acquire()
        seen = []

        def other():
            seen.append(_error(r.release))

        t = threading.Thread(target=other)
        t.start()
        t.join()
        r.release()
        return seen


    def condition_without_lock():
        c = threading.Condition()
        return [_error(c.wait), _error(c.notify), _error(c.notify_all),
                _error(lambda: c.wait_for(lambda: False))]


    def condition_with_held_lock():
        c = threading.Condition()
        with c:
            c.notify()
            c.notify_all()
            ok = c.wait(0)
        return ok


    def condition_on_plain_lock_held_by_other():
        # CPython: a plain Lock counts as owned by whoever holds it, so notify works.
        lock = threading.Lock()
        c = threading.Condition(lock)
        lock.acquire()
        seen = []

        def other():
            seen.append(_error(c.notify))

        t = threading.Thread(target=other)
        t.start()
        t.join()
        lock.release()
        return seen


    def semaphores():
        s = threading.Semaphore(2)
        out = [s.acquire(), s.acquire(), s.acquire(blocking=False)]
        s.release(2)
        out += [s.acquire(False), s.acquire(False), s.acquire(False)]
        s.release()
        out.append(_error(lambda: threading.Semaphore(-1)))
        out.append(_error(lambda: s.release(0)))
        b = threading.BoundedSemaphore(1)
        out.append(b.acquire())
        b.release()
        out.append(_error(b.release))
        return out


    def events():
        e = threading.Event()
        out = [e.is_set(), e.wait(0)]
        e.set()
        out += [e.is_set(), e.wait(), e.wait(1)]
        e.clear()
        out += [e.is_set(), e.wait(0)]
        return out


    def thread_misuse():
        def work():
            pass

        t = threading.Thread(target=work)
        out = [_error(t.join), t.is_alive()]
        t.start()
        out.append(_error(t.start))
        t.join()
        out.append(t.is_alive())
        out.append(_error(threading.current_thread().join))
        seen = []

        def join_self():
            seen.append(_error(threading.current_thread().join))

        u = threading.Thread(target=join_self)
        u.start()
        u.join()
        out += seen
        d = threading.Thread(target=work)
        d.start()
        out.append(_error(lambda: setattr(d, "daemon", True)))
        d.join()
        return out
""")


class MisuseLikeCPython(unittest.TestCase):
    def same(self, fn_name, expected):
        ours, _ = call(MISUSE, fn_name)
        self.assertEqual(ours, expected, "threadcheck")
        self.assertEqual(cpython_call(MISUSE, fn_name), expected, "CPython (the test's premise)")

    def test_lock_acquire_release_locked(self):
        self.same("lock_basics", [False, True, True, False, False, True, False])

    def test_release_unlocked_lock(self):
        self.same("release_unlocked_lock", ("RuntimeError", "release unlocked lock"))

    def test_lock_timeout_argument_errors(self):
        self.same("lock_bad_timeouts", [
            ("ValueError", "can't specify a timeout for a non-blocking call"),
            ("ValueError", "timeout value must be positive"),
        ])

    def test_rlock_is_reentrant_and_over_release_fails(self):
        self.same("rlock_reentrant",
                  [True, True, True, ("RuntimeError", "cannot release un-acquired lock")])

    def test_rlock_released_by_non_owner(self):
        self.same("rlock_released_by_other_thread",
                  [("RuntimeError", "cannot release un-acquired lock")])

    def test_condition_wait_and_notify_need_the_lock(self):
        self.same("condition_without_lock", [
            ("RuntimeError", "cannot wait on un-acquired lock"),
            ("RuntimeError", "cannot notify on un-acquired lock"),
            ("RuntimeError", "cannot notify on un-acquired lock"),
            ("RuntimeError", "cannot wait on un-acquired lock"),
        ])

    def test_condition_with_the_lock_held(self):
        self.same("condition_with_held_lock", False)

    def test_condition_over_plain_lock_held_by_another_thread(self):
        self.same("condition_on_plain_lock_held_by_other", [None])

    def test_semaphore_and_bounded_semaphore(self):
        self.same("semaphores", [
            True, True, False, True, True, False,
            ("ValueError", "semaphore initial value must be >= 0"),
            ("ValueError", "n must be one or more"),
            True,
            ("ValueError", "Semaphore released too many times"),
        ])

    def test_event(self):
        self.same("events", [False, False, True, True, True, False, False])

    def test_thread_misuse(self):
        self.same("thread_misuse", [
            ("RuntimeError", "cannot join thread before it is started"),
            False,
            ("RuntimeError", "threads can only be started once"),
            False,
            ("RuntimeError", "cannot join current thread"),
            ("RuntimeError", "cannot join current thread"),
            ("RuntimeError", "cannot set daemon status of active thread"),
        ])


class MisuseIsAFailureWhenUncaught(unittest.TestCase):
    def test_uncaught_release_of_unlocked_lock_is_an_exception_failure(self):
        _, outcome = try_call("""
            import threading
            def go():
                threading.Lock().release()
        """, "go")
        self.assertEqual(outcome.failure.kind, "exception")
        self.assertIn("RuntimeError: release unlocked lock", outcome.failure.message)
        self.assertIn("line 3", outcome.failure.message)

    def test_uncaught_bounded_semaphore_over_release(self):
        _, outcome = try_call("""
            import threading
            def go():
                s = threading.BoundedSemaphore(2)
                s.release()
        """, "go")
        self.assertEqual(outcome.failure.kind, "exception")
        self.assertIn("ValueError: Semaphore released too many times", outcome.failure.message)


THREADS = dedent("""
    import threading


    def worker():
        pass


    def names():
        out = [threading.current_thread().name, threading.main_thread().name]
        seen = []

        def who():
            seen.append(threading.current_thread().name)

        a = threading.Thread(target=worker)
        b = threading.Thread(target=who)
        c = threading.Thread(target=who, name="custom")
        d = threading.Thread()
        out += [a.name, b.name, c.name, d.name]
        for t in (a, b, c):
            t.start()
            t.join()
        out.append(seen)
        return out


    class Worker(threading.Thread):
        def __init__(self, box):
            super().__init__()
            self.box = box

        def run(self):
            self.box.append(self.name)
            self.box.append(threading.current_thread() is self)


    def subclass():
        box = []
        w = Worker(box)
        w.start()
        w.join()
        return box


    def counting():
        gate = threading.Event()
        started = threading.Event()

        def wait_for_gate():
            started.set()
            gate.wait()

        before = threading.active_count()
        t = threading.Thread(target=wait_for_gate, name="waiter")
        t.start()
        started.wait()
        during = threading.active_count()
        listed = sorted(th.name for th in threading.enumerate())
        alive = t.is_alive()
        gate.set()
        t.join()
        return [before, during, listed, alive, threading.active_count(), t.is_alive()]


    def args_and_kwargs():
        box = []

        def put(a, b, c=0):
            box.append((a, b, c))

        t = threading.Thread(target=put, args=(1, 2), kwargs={"c": 3})
        t.start()
        t.join()
        return box


    def idents():
        ids = []

        def record():
            ids.append(threading.get_ident())

        t = threading.Thread(target=record)
        t.start()
        t.join()
        return [threading.get_ident() != ids[0], t.ident == ids[0]]
""")


class Threads(unittest.TestCase):
    def test_names_follow_cpython(self):
        value, _ = call(THREADS, "names")
        self.assertEqual(value, [
            "MainThread", "MainThread", "Thread-1 (worker)", "Thread-2 (who)", "custom",
            "Thread-4", ["Thread-2 (who)", "custom"],
        ])

    def test_names_are_numbered_per_schedule(self):
        first, _ = call(THREADS, "names")
        second, _ = call(THREADS, "names")
        self.assertEqual(first, second)

    def test_thread_subclass_runs_its_run_method(self):
        value, _ = call(THREADS, "subclass")
        self.assertEqual(value, ["Thread-1", True])
        self.assertEqual(cpython_call(THREADS, "subclass")[1], True)

    def test_active_count_and_enumerate(self):
        value, _ = call(THREADS, "counting")
        self.assertEqual(value, [1, 2, ["MainThread", "waiter"], True, 1, False])
        # (the process running these tests has other real threads: only compare liveness)
        cpython = cpython_call(THREADS, "counting")
        self.assertEqual([cpython[3], cpython[5]], [True, False])

    def test_args_and_kwargs_are_passed(self):
        value, _ = call(THREADS, "args_and_kwargs")
        self.assertEqual(value, [(1, 2, 3)])

    def test_idents_differ_per_thread(self):
        value, _ = call(THREADS, "idents")
        self.assertEqual(value, [True, True])

    def test_daemon_threads_are_not_waited_for(self):
        result = grade_one("""
            import threading
            gate = threading.Event()

            def forever():
                gate.wait()

            def start():
                t = threading.Thread(target=forever, daemon=True)
                t.start()
                return t.daemon
        """, """
            @tc.scenario("daemon", bound=1, schedules=50, random_schedules=4)
            def s(sol):
                tc.expect(sol.start() is True, "daemon flag")
        """)
        self.assertTrue(result.passed, failure_text(result))

    def test_non_daemon_thread_blocked_forever_is_waited_for(self):
        # The counterpart of the daemon test: without daemon=True the run cannot end.
        result = grade_one("""
            import threading
            gate = threading.Event()

            def forever():
                gate.wait()

            def start():
                threading.Thread(target=forever).start()
        """, """
            @tc.scenario("not daemon", bound=0, schedules=5, random_schedules=2)
            def s(sol):
                sol.start()
        """)
        self.assertFalse(result.passed)
        self.assertEqual(result.failing.failure.kind, "deadlock", failure_text(result))

    def test_daemon_is_inherited_from_a_daemon_parent(self):
        value, _ = call("""
            import threading
            def go():
                box = []
                def child():
                    box.append(threading.current_thread().daemon)
                def parent():
                    t = threading.Thread(target=child)
                    t.start()
                    t.join()
                p = threading.Thread(target=parent, daemon=True)
                p.start()
                p.join()
                return box
        """, "go")
        self.assertEqual(value, [True])


LOCALS = dedent("""
    import threading

    data = threading.local()


    class Counted(threading.local):
        inits = []

        def __init__(self, start):
            self.value = start
            Counted.inits.append(threading.current_thread().name)


    def per_thread():
        data.x = "main"
        seen = {}
        guard = threading.Lock()

        def work(tag):
            before = getattr(data, "x", None)
            data.x = tag
            with guard:
                seen[tag + " before"] = before
                seen[tag + " after"] = data.x

        ts = [threading.Thread(target=work, args=(t,), name=t) for t in ("a", "b")]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        seen["main"] = data.x
        return seen


    def subclass_init():
        c = Counted(7)
        c.value += 1
        seen = []

        def work():
            seen.append(c.value)
            c.value += 10
            seen.append(c.value)

        t = threading.Thread(target=work, name="w")
        t.start()
        t.join()
        return [c.value, seen, Counted.inits]
""")


class Locals(unittest.TestCase):
    def test_values_are_per_thread(self):
        value, _ = call(LOCALS, "per_thread")
        expected = {"a before": None, "a after": "a", "b before": None, "b after": "b", "main": "main"}
        self.assertEqual(value, expected)
        self.assertEqual(cpython_call(LOCALS, "per_thread"), expected)

    def test_subclass_init_runs_again_in_each_thread(self):
        value, _ = call(LOCALS, "subclass_init")
        self.assertEqual(value, [8, [7, 17], ["MainThread", "w"]])
        self.assertEqual(cpython_call(LOCALS, "subclass_init"), [8, [7, 17], ["MainThread", "w"]])

    def test_local_without_init_refuses_arguments(self):
        src = """
            import threading
            def go():
                try:
                    threading.local(1)
                except TypeError as exc:
                    return str(exc)
        """
        value, _ = call(src, "go")
        self.assertEqual(value, cpython_call(src, "go"))


class BarrierAndTimer(unittest.TestCase):
    def test_barrier_releases_all_parties_once(self):
        src = """
            import threading
            def go():
                actions = []
                indices = []
                guard = threading.Lock()
                b = threading.Barrier(3, action=lambda: actions.append("all here"))
                def party():
                    i = b.wait()
                    with guard:
                        indices.append(i)
                ts = [threading.Thread(target=party) for _ in range(3)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                return [sorted(indices), actions, b.n_waiting, b.broken, b.parties]
        """
        expected = [[0, 1, 2], ["all here"], 0, False, 3]
        self.assertEqual(call(src, "go")[0], expected)
        self.assertEqual(cpython_call(src, "go"), expected)

    def test_barrier_abort_breaks_waiters(self):
        src = """
            import threading
            def go():
                b = threading.Barrier(2)
                seen = []
                started = threading.Event()
                def party():
                    started.set()
                    try:
                        b.wait()
                    except threading.BrokenBarrierError:
                        seen.append("broken")
                t = threading.Thread(target=party)
                t.start()
                started.wait()
                b.abort()
                t.join()
                return [seen, b.broken]
        """
        self.assertEqual(call(src, "go")[0], [["broken"], True])

    def test_timer_runs_its_function_in_another_thread(self):
        src = """
            import threading
            def go():
                box = []
                t = threading.Timer(0.01, lambda: box.append(threading.current_thread().name))
                t.start()
                t.join()
                return [box, t.name.startswith("Thread-")]
        """
        value, _ = call(src, "go")
        self.assertEqual(value, [["Thread-1"], True])
        self.assertEqual(cpython_call(src, "go")[1], True)


class AcrossSchedules(unittest.TestCase):
    """The same properties in every explored schedule, not only the first."""

    def test_barrier_gives_each_party_a_distinct_index(self):
        result = grade_one("""
            import threading
            def go():
                b = threading.Barrier(3)
                guard = threading.Lock()
                got = []
                def party():
                    i = b.wait()
                    with guard:
                        got.append(i)
                ts = [threading.Thread(target=party) for _ in range(3)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                return sorted(got)
        """, """
            @tc.scenario("barrier", bound=1, schedules=200, random_schedules=10)
            def s(sol):
                got = sol.go()
                tc.expect(got == [0, 1, 2], f"indices {got}")
        """)
        self.assertTrue(result.passed, failure_text(result))
        self.assertGreater(result.schedules, 10)

    def test_condition_notify_wakes_waiters_in_fifo_order(self):
        result = grade_one("""
            import threading
            import time

            class Queue:
                def __init__(self):
                    self.cond = threading.Condition()
                    self.waiting = []
                    self.woken = []
                    self.permits = 0

            def waiter(q, name):
                with q.cond:
                    q.waiting.append(name)
                    while q.permits == 0:
                        q.cond.wait()
                    q.permits -= 1
                    q.woken.append(name)

            def go():
                q = Queue()
                ts = [threading.Thread(target=waiter, args=(q, n)) for n in "abc"]
                for t in ts:
                    t.start()
                while True:
                    with q.cond:
                        if len(q.waiting) == 3:
                            break
                    time.sleep(0.01)
                for i in range(3):
                    with q.cond:
                        q.permits += 1
                        q.cond.notify()
                    while True:
                        with q.cond:
                            if len(q.woken) == i + 1:
                                break
                        time.sleep(0.01)
                for t in ts:
                    t.join()
                return q.waiting, q.woken
        """, """
            @tc.scenario("fifo", bound=1, schedules=300, random_schedules=10)
            def s(sol):
                waiting, woken = sol.go()
                tc.expect(woken == waiting, f"waited in order {waiting}, woken in order {woken}")
        """)
        self.assertTrue(result.passed, failure_text(result))
        self.assertGreater(result.schedules, 10)

    def test_notify_wakes_only_n_waiters(self):
        value, _ = call("""
            import threading
            import time
            def go():
                c = threading.Condition()
                woken = []
                def waiter(n):
                    with c:
                        c.wait()
                        woken.append(n)
                ts = [threading.Thread(target=waiter, args=(n,), daemon=True) for n in range(4)]
                for t in ts:
                    t.start()
                time.sleep(1)
                with c:
                    c.notify(2)
                time.sleep(1)
                with c:
                    first = sorted(woken)
                    c.notify_all()
                time.sleep(1)
                with c:
                    return [first, sorted(woken)]
        """, "go")
        self.assertEqual(value, [[0, 1], [0, 1, 2, 3]])


class ChecksUseTheSamePrimitives(unittest.TestCase):
    def test_tc_threading_lock_from_check_code(self):
        result = grade_one("""
            def nothing():
                pass
        """, """
            @tc.scenario("check-side lock", bound=0, schedules=2, random_schedules=2)
            def s(sol):
                lock = tc.threading.Lock()
                tc.expect(lock.acquire(), "acquire")
                tc.expect(not lock.acquire(blocking=False), "second acquire must fail")
                lock.release()
                try:
                    lock.release()
                except RuntimeError as exc:
                    tc.expect(str(exc) == "release unlocked lock", str(exc))
                else:
                    tc.fail("no error")
        """)
        self.assertTrue(result.passed, failure_text(result))


if __name__ == "__main__":
    unittest.main()
