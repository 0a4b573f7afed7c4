"""Checks of timer/every: calls at fixed virtual times, none once stop() has returned.

The check's fn takes `work` virtual seconds (tc.sleep), like a real task would; times are
read with tc.now() and compared exactly, up to float rounding.
"""

import threadcheck as tc

EPS = 1e-6


class Ledger:
    """What the check saw; updated by check code only, which is atomic."""

    def __init__(self, work):
        self.work = work
        self.starts = []
        self.running = 0
        self.stopped_at = None  # when stop() returned
        self.late = []          # calls that began after stop() had returned

    def fn(self):
        if self.stopped_at is not None:
            self.late.append(tc.now())
        self.starts.append(tc.now())
        self.running += 1
        tc.sleep(self.work)
        self.running -= 1


def _times(ts):
    return "[" + ", ".join(f"{t:g}" for t in ts) + "]" if ts else "none"


def _times_ru(ts):
    return "[" + ", ".join(f"{t:g}" for t in ts) + "]"


def _same(ts, expected):
    return len(ts) == len(expected) and all(abs(a - b) < EPS for a, b in zip(ts, expected))


def _start(every):
    before = tc.now()
    every.start()
    tc.expect(tc.now() - before < EPS,
              {"en": f"start() called at {before:g} s returned at {tc.now():g} s: it must return at "
                     f"once; the calls happen in a background thread",
               "ru": f"start(), вызванный в {before:g} с, вернулся в {tc.now():g} с: он должен вернуться "
                     f"сразу, а вызовы идут в фоновом потоке"})


def _stop(every, ledger, latest):
    """stop(); it may wait for a running call, so it must return by `latest`."""
    before = tc.now()
    every.stop()
    ledger.stopped_at = tc.now()
    if ledger.running:
        tc.fail({"en": f"stop() returned at {tc.now():g} s while fn was still running (it started at "
                       f"{ledger.starts[-1]:g} s): stop() must wait for a running call to finish",
                 "ru": f"stop() вернулся в {tc.now():g} с, когда fn ещё работала (она началась в "
                       f"{ledger.starts[-1]:g} с): stop() должен дождаться конца идущего вызова"})
    tc.expect(tc.now() <= latest + EPS,
              {"en": f"stop() called at {before:g} s returned at {tc.now():g} s, expected by "
                     f"{latest:g} s: it may only wait for a call that is already running",
               "ru": f"stop(), вызванный в {before:g} с, вернулся в {tc.now():g} с, а ожидалось не позже "
                     f"{latest:g} с: он может ждать только вызов, который уже идёт"})


def _no_more_calls(ledger, story, story_ru):
    count = len(ledger.starts)
    tc.sleep(3)
    tc.expect(not ledger.late and len(ledger.starts) == count,
              {"en": f"{story}: fn started again at {_times(ledger.late)}, after stop() had returned "
                     f"at {ledger.stopped_at:g} s: a pending call was not cancelled, or the check of "
                     f"the stop flag and the call of fn are not one atomic step",
               "ru": f"{story_ru}: fn снова запустилась в моменты {_times_ru(ledger.late)} с — после того, как stop() "
                     f"вернулся в {ledger.stopped_at:g} с: ожидающий вызов не был отменён, или проверка "
                     f"флага остановки и вызов fn — не один атомарный шаг"})


@tc.scenario({"en": "fn takes 0.25 s: calls at 1, 2 and 3 s, stop() at 3.4 s", "ru": "fn работает 0.25 с: вызовы в 1, 2 и 3 с, stop() в 3.4 с"}, bound=1)
def fixed_times(sol):
    ledger = Ledger(0.25)
    every = sol.Every(1, ledger.fn)
    _start(every)
    tc.sleep(3.4)
    _stop(every, ledger, latest=3.4)
    drift = " (each call later than the one before: the next call is scheduled after fn returns, so the time fn takes adds up)" \
        if len(ledger.starts) >= 2 and ledger.starts[1] > 2 + EPS else ""
    drift_ru = " (каждый вызов позже предыдущего: следующий вызов планируется после возврата fn, и время работы fn накапливается)" \
        if len(ledger.starts) >= 2 and ledger.starts[1] > 2 + EPS else ""
    tc.expect(_same(ledger.starts, [1, 2, 3]),
              {"en": f"Every(1, fn) started at 0 s, fn takes 0.25 s: fn started at "
                     f"{_times(ledger.starts)} s, expected [1, 2, 3] s{drift}",
               "ru": f"Every(1, fn) запущен в 0 с, fn работает 0.25 с: fn запускалась в моменты "
                     f"{_times_ru(ledger.starts)} с, а ожидалось [1, 2, 3] с{drift_ru}"})
    _no_more_calls(ledger, "stop() at 3.4 s", "stop() в 3.4 с")
    _stop(every, ledger, latest=tc.now())  # a second stop() does nothing


@tc.scenario({"en": "stop() at the very moment a call is due", "ru": "stop() ровно в момент очередного вызова"}, bound=2)
def stop_when_due(sol):
    ledger = Ledger(0.25)
    every = sol.Every(1, ledger.fn)
    _start(every)
    tc.sleep(2)  # the second call is due right now: it may still start, or stop() wins
    _stop(every, ledger, latest=2.25)
    ok = _same(ledger.starts, [1]) or _same(ledger.starts, [1, 2])
    tc.expect(ok,
              {"en": f"Every(1, fn), fn takes 0.25 s, stop() at 2 s as the second call was due: fn "
                     f"started at {_times(ledger.starts)} s, expected [1] or [1, 2]",
               "ru": f"Every(1, fn), fn работает 0.25 с, stop() в 2 с, ровно когда подошёл срок второго "
                     f"вызова: fn запускалась в моменты {_times_ru(ledger.starts)} с, а ожидалось [1] "
                     f"или [1, 2]"})
    _no_more_calls(ledger, "stop() at 2 s", "stop() в 2 с")


@tc.scenario({"en": "stop() while fn is running waits for it", "ru": "stop() во время работы fn ждёт её завершения"}, bound=1)
def stop_while_running(sol):
    ledger = Ledger(0.5)
    every = sol.Every(1, ledger.fn)
    _start(every)
    tc.sleep(1.25)  # fn runs from 1 s to 1.5 s
    _stop(every, ledger, latest=1.5)
    tc.expect(_same(ledger.starts, [1]),
              {"en": f"Every(1, fn), fn takes 0.5 s, stop() at 1.25 s: fn started at "
                     f"{_times(ledger.starts)} s, expected [1]",
               "ru": f"Every(1, fn), fn работает 0.5 с, stop() в 1.25 с: fn запускалась в моменты "
                     f"{_times_ru(ledger.starts)} с, а ожидалось [1]"})
    _no_more_calls(ledger, "stop() at 1.25 s", "stop() в 1.25 с")
