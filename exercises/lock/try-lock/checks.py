"""Checks of lock/try-lock: try_scan never waits for a busy scanner and always frees it."""

import threadcheck as tc


class Desk:
    """What the checks saw; check code is not scheduled, so this needs no lock."""

    def __init__(self):
        self.scanning = []  # threads whose job is running right now

    def job(self, hold=None):
        """A scan job: checks that it runs alone; with `hold`, it keeps scanning until that
        Event is set (after `started`, if given, is set)."""
        me = tc.threading.current_thread().name

        def run():
            tc.expect(not self.scanning,
                      {"en": f"{me}'s job started while {self.scanning[0] if self.scanning else ''}'s job "
                             f"was still running: two scans at once",
                       "ru": f"задание {me} началось, пока ещё шло задание {self.scanning[0] if self.scanning else ''}: "
                             f"два сканирования одновременно"})
            self.scanning.append(me)
            if hold is not None:
                hold()
            self.scanning.remove(me)

        return run


def _try_busy(sc, who, desk):
    """A try_scan that must find the scanner busy and return False without waiting."""
    t0 = tc.now()
    r = sc.try_scan(desk.job())
    waited = tc.now() - t0
    tc.expect(waited == 0,
              {"en": f"{who}'s try_scan() took {waited:g} s while the scanner was busy: it must "
                     f"return at once, not wait for the lock",
               "ru": f"try_scan() в {who} занял {waited:g} с, пока сканер был занят: он должен "
                     f"вернуться сразу, а не ждать лок"})
    tc.expect(r is False,
              {"en": f"{who}'s try_scan() returned {r!r} while another thread was scanning, expected False",
               "ru": f"try_scan() в {who} вернул {r!r}, пока сканировал другой поток, а ожидалось False"})


def _free_again(sc, desk, why, why_ru):
    r = sc.try_scan(desk.job())
    tc.expect(r is True,
              {"en": f"try_scan() on a free scanner returned {r!r}, expected True: {why}",
               "ru": f"try_scan() на свободном сканере вернул {r!r}, а ожидалось True: {why_ru}"})


@tc.scenario({"en": "one caller: the scanner is free every time", "ru": "один вызывающий поток: сканер каждый раз свободен"}, bound=0)
def sequential(sol):
    sc = sol.Scanner()
    desk = Desk()
    ran = []
    r = sc.try_scan(lambda: ran.append("scan"))
    tc.expect(r is True and ran == ["scan"],
              {"en": f"try_scan(job) on a free scanner returned {r!r} and ran the job {len(ran)} "
                     f"times, expected True and once",
               "ru": f"try_scan(job) на свободном сканере вернул {r!r} и выполнил задание {len(ran)} "
                     f"раз(а), а ожидалось True и ровно одно выполнение"})
    _free_again(sc, desk, "the lock was not released after the first scan",
                "после первого сканирования лок не был отпущен")

    def jam():
        raise ValueError("paper jam")

    raised = None
    try:
        sc.try_scan(jam)
    except ValueError as exc:
        raised = exc
    tc.expect(raised is not None,
              {"en": "the job raised ValueError, but try_scan() did not pass it on to the caller",
               "ru": "задание бросило ValueError, но try_scan() не передал его вызывающему"})
    _free_again(sc, desk, "after a job raised ValueError the scanner stayed locked; release "
                          "it on every path (with, or try/finally)",
                "после того как задание бросило ValueError, лок остался захваченным; "
                "отпускайте его на любом пути (with или try/finally)")
    tc.expect(sc.busy == 0, {"en": f"busy is {sc.busy} after scans on a free scanner, expected 0",
                             "ru": f"busy равно {sc.busy} после сканирований на свободном сканере, а ожидалось 0"})


def _holder(sol, waiters):
    """T1 scans until every one of `waiters` tried; returns (scanner, desk, T1)."""
    sc = sol.Scanner()
    desk = Desk()
    inside = tc.name(tc.threading.Event(), "inside (T1 is scanning)")
    done = tc.name(tc.threading.Event(), "done (the others have tried)")
    left = [waiters]
    results = {}

    def hold():
        inside.set()
        done.wait()

    def holder():
        results["T1"] = sc.try_scan(desk.job(hold))

    def other(who):
        inside.wait()
        _try_busy(sc, who, desk)
        left[0] -= 1
        if left[0] == 0:
            done.set()

    threads = [tc.spawn(holder, name="T1")]
    threads += [tc.spawn(other, f"T{k + 2}", name=f"T{k + 2}") for k in range(waiters)]
    tc.join(*threads)
    tc.expect(results["T1"] is True,
              {"en": f"T1's try_scan() on a free scanner returned {results['T1']!r}, expected True",
               "ru": f"try_scan() в T1 на свободном сканере вернул {results['T1']!r}, а ожидалось True"})
    tc.expect(sc.busy == waiters,
              {"en": f"busy is {sc.busy} after {waiters} call(s) found the scanner busy, expected {waiters}",
               "ru": f"busy равно {sc.busy} после того, как {waiters} вызов(а) застали сканер занятым, "
                     f"а ожидалось {waiters}"})
    _free_again(sc, desk, "the lock was not released after T1's scan",
                "после сканирования в T1 лок не был отпущен")


@tc.scenario({"en": "a caller finds the scanner busy", "ru": "вызывающий поток застаёт сканер занятым"}, bound=2)
def one_busy(sol):
    _holder(sol, 1)


@tc.scenario({"en": "two callers find the scanner busy at once", "ru": "два вызывающих потока одновременно застают сканер занятым"}, bound=1)
def two_busy(sol):
    _holder(sol, 2)


@tc.scenario({"en": "two callers at the same moment", "ru": "два вызывающих потока в один и тот же момент"}, bound=2)
def same_moment(sol):
    sc = sol.Scanner()
    desk = Desk()
    gate = tc.name(tc.threading.Event(), "gate (set when a caller got False)")
    results = {}

    def caller(who):
        t0 = tc.now()
        r = sc.try_scan(desk.job(gate.wait))
        waited = tc.now() - t0
        results[who] = r
        tc.expect(waited == 0, {"en": f"{who}'s try_scan() took {waited:g} s: it must never wait",
                                "ru": f"try_scan() в {who} занял {waited:g} с: он никогда не должен ждать"})
        if r is False:
            gate.set()

    tc.join(tc.spawn(caller, "T1", name="T1"), tc.spawn(caller, "T2", name="T2"))
    got = sorted(results.items())
    tc.expect(sorted(results.values(), key=str) == [False, True],
              {"en": f"two callers at once got {got}: exactly one scans (True) and the other, finding "
                     f"it busy, gets False",
               "ru": f"два одновременных вызова получили {got}: ровно один сканирует (True), а другой, "
                     f"застав сканер занятым, получает False"})
    tc.expect(sc.busy == 1, {"en": f"busy is {sc.busy} after one call found the scanner busy, expected 1",
                             "ru": f"busy равно {sc.busy}, а ожидалось 1: один вызов застал сканер занятым"})
    _free_again(sc, desk, "the lock was not released after the scan",
                "после сканирования лок не был отпущен")
