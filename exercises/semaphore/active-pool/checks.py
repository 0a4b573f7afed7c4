"""Checks of semaphore/active-pool: at most `limit` tasks at once, `limit` reachable, slots freed."""

import threadcheck as tc


class TaskFailed(Exception):
    """What the checks' failing tasks raise; run() must let it through unchanged."""


class Ledger:
    """Tasks running right now, updated atomically as each task starts and ends."""

    def __init__(self, limit):
        self.limit = limit
        self.active = []


def _task(ledger, me, result, fails=False):
    """A task for `me` to pass to run(): it stays inside for 1 s of virtual time."""

    def task(*args):
        here = tc.threading.current_thread().name
        tc.expect(here == me,
                  {"en": f"{me}'s task ran in thread {here}: run() must call fn in the caller's thread",
                   "ru": f"задача {me} выполнялась в потоке {here}: run() должен вызывать fn в вызывающем потоке"})
        ledger.active.append(me)
        running = len(ledger.active)
        tc.expect(running <= ledger.limit,
                  {"en": f"{running} tasks run at once ({', '.join(ledger.active)}), but the limit is "
                         f"{ledger.limit}: run() let a task in while every slot was taken",
                   "ru": f"одновременно выполняется задач: {running} ({', '.join(ledger.active)}), а limit равен "
                         f"{ledger.limit}: run() впустил задачу, когда все места были заняты"})
        if running == ledger.limit:
            tc.reach("full")
        tc.sleep(1)  # the task works; the other threads can run meanwhile
        ledger.active.remove(me)
        if fails:
            raise TaskFailed(f"{me}'s task failed")
        return (result, args)

    return task


def _run_ok(pool, ledger, me, result):
    got = pool.run(_task(ledger, me, result), result)
    tc.expect(got == (result, (result,)),
              {"en": f"{me}: run(fn, {result!r}) returned {got!r}, expected what fn returned, "
                     f"{(result, (result,))!r}",
               "ru": f"{me}: run(fn, {result!r}) вернул {got!r}, а ожидалось то, что вернула fn, "
                     f"{(result, (result,))!r}"})


def _run_failing(pool, ledger, me):
    try:
        got = pool.run(_task(ledger, me, None, fails=True))
    except TaskFailed:
        return
    tc.fail({"en": f"{me}: fn raised TaskFailed, but run() returned {got!r}: run() must re-raise "
                   f"the exception of fn",
             "ru": f"{me}: fn бросила TaskFailed, но run() вернул {got!r}: run() должен выпускать наружу "
                   f"исключение fn"})


# Small on purpose. Each task sleeps 1 s of virtual time inside its slot, so the others get
# to run without a preemption being spent on it. For the reference no bounded level reaches
# its cap (three threads with up to one preemption, two threads with up to two); random
# schedules follow. Every variant in variants/ is caught by this seed-independent phase,
# which `pnpm exercises:validate` re-proves on several seeds.
@tc.scenario({"en": "one thread: fn's result, its arguments and its exception", "ru": "один поток: результат fn, её аргументы и её исключение"}, bound=0)
def sequential(sol):
    pool = sol.ActivePool(1)
    ledger = Ledger(1)
    seen = []

    def add(a, b):
        seen.append((a, b))
        return a + b

    got = pool.run(add, 2, 3)
    tc.expect(seen == [(2, 3)], {"en": f"run(add, 2, 3) called fn with {seen}, expected add(2, 3) once",
                                 "ru": f"run(add, 2, 3) вызвал fn с {seen}, а ожидался один вызов add(2, 3)"})
    tc.expect(got == 5, {"en": f"run(add, 2, 3) returned {got!r}, expected 5, what add returned",
                         "ru": f"run(add, 2, 3) вернул {got!r}, а ожидалось 5 — то, что вернула add"})
    _run_failing(pool, ledger, "MainThread")
    # A slot leaked by the exception would block this call for ever (deadlock).
    _run_ok(pool, ledger, "MainThread", "after the exception")


@tc.scenario({"en": "limit 2, three threads run a task each", "ru": "limit 2, три потока выполняют по задаче"}, bound=1, schedules=800,
             must_reach={"full": {"en": "no schedule ever had 2 tasks running at once, although the "
                                        "limit is 2: run() must let `limit` tasks run concurrently, "
                                        "not one at a time (a plain Lock is not enough)",
                                  "ru": "ни в одном чередовании не выполнялись 2 задачи одновременно, хотя limit "
                                        "равен 2: run() должен пускать `limit` задач одновременно, а не по одной "
                                        "(обычного Lock недостаточно)"}})
def three_threads(sol):
    pool = sol.ActivePool(2)
    ledger = Ledger(2)
    threads = [tc.spawn(_run_ok, pool, ledger, f"T{i + 1}", i + 1, name=f"T{i + 1}")
               for i in range(3)]
    tc.join(*threads)


@tc.scenario({"en": "limit 1, two threads, one task raises", "ru": "limit 1, два потока, одна задача бросает исключение"}, bound=2, schedules=800)
def one_raises(sol):
    pool = sol.ActivePool(1)
    ledger = Ledger(1)

    def failing_then_ok(me):
        _run_failing(pool, ledger, me)
        _run_ok(pool, ledger, me, "after the exception")

    t1 = tc.spawn(failing_then_ok, "T1", name="T1")
    t2 = tc.spawn(_run_ok, pool, ledger, "T2", "T2's result", name="T2")
    tc.join(t1, t2)
