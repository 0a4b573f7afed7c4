"""Checks of timer/debounce: one call of fn, `delay` after the last trigger, with its arguments.

Everything runs in virtual time: the check sleeps with tc.sleep and reads tc.now(), so a
delay of seconds costs no real time and the times compared below are exact.
"""

import threadcheck as tc

EPS = 1e-6


class Calls:
    """The check's fn: records (virtual time, args) of every call (check code is atomic)."""

    def __init__(self):
        self.seen = []

    def __call__(self, *args):
        self.seen.append((tc.now(), args))


def _show(calls):
    if not calls:
        return "no call"
    return ", ".join(f"fn{_args(args)} at {t:g} s" for t, args in calls)


def _show_ru(calls):
    if not calls:
        return "ни одного вызова"
    return ", ".join(f"fn{_args(args)} в {t:g} с" for t, args in calls)


def _args(args):
    return "(" + ", ".join(repr(a) for a in args) + ")"


def _same(seen, expected):
    return len(seen) == len(expected) and all(
        abs(t - et) < EPS and args == eargs for (t, args), (et, eargs) in zip(seen, expected))


def _trigger(d, *args):
    before = tc.now()
    d.trigger(*args)
    took = tc.now() - before
    tc.expect(took < EPS,
              {"en": f"trigger{_args(args)} called at {before:g} s returned at {tc.now():g} s: it must "
                     f"return at once and leave the waiting to another thread (a Timer), not sleep in "
                     f"the caller",
               "ru": f"trigger{_args(args)}, вызванный в {before:g} с, вернулся в {tc.now():g} с: он "
                     f"должен вернуться сразу и оставить ожидание другому потоку (Timer), а не спать "
                     f"в вызывающем потоке"})


def _cancel(d):
    before = tc.now()
    d.cancel()
    took = tc.now() - before
    tc.expect(took < EPS,
              {"en": f"cancel() called at {before:g} s returned at {tc.now():g} s: it must return at once",
               "ru": f"cancel(), вызванный в {before:g} с, вернулся в {tc.now():g} с: он должен вернуться сразу"})


def _diagnose(seen, expected, lang="en"):
    """What a wrong list of calls most likely means."""
    if len(seen) > len(expected):
        return {"en": ("fn ran more often than expected: an earlier countdown was not cancelled when "
                       "trigger() restarted it"),
                "ru": ("fn выполнилась чаще, чем ожидалось: прежний отсчёт не отменили, когда "
                       "trigger() запустил его заново")}[lang]
    if not seen:
        return {"en": "fn never ran: the last countdown was lost or never started",
                "ru": "fn так и не выполнилась: последний отсчёт потерялся или не был запущен"}[lang]
    if len(seen) < len(expected):
        return {"en": "a call is missing: the countdown of the last trigger() was lost",
                "ru": "не хватает вызова: отсчёт последнего trigger() потерялся"}[lang]
    if len(seen) == len(expected) and all(abs(t - et) < EPS for (t, _), (et, _) in zip(seen, expected)):
        return {"en": ("fn got the arguments of an earlier trigger: it must get those of the last "
                       "trigger() before it"),
                "ru": ("fn получила аргументы одного из прежних trigger(): она должна получить "
                       "аргументы последнего trigger() перед ней")}[lang]
    return {"en": "fn must run exactly `delay` seconds after the last trigger()",
            "ru": "fn должна выполняться ровно через `delay` секунд после последнего trigger()"}[lang]


def _expect_calls(calls, expected, story, story_ru):
    tc.expect(_same(calls.seen, expected),
              {"en": f"{story}: saw {_show(calls.seen)}, expected {_show(expected)}. "
                     f"{_diagnose(calls.seen, expected)}",
               "ru": f"{story_ru} — получено: {_show_ru(calls.seen)}, ожидалось: {_show_ru(expected)}. "
                     f"{_diagnose(calls.seen, expected, 'ru')}"})


@tc.scenario({"en": "one trigger: fn runs once, `delay` seconds later", "ru": "один trigger: fn выполняется один раз, через `delay` секунд"}, bound=1, random_schedules=60)
def one_trigger(sol):
    calls = Calls()
    d = sol.Debouncer(2, calls)
    _trigger(d, "a")
    tc.sleep(5)
    _expect_calls(calls, [(2.0, ("a",))], "Debouncer(2, fn), trigger('a') at 0 s",
                  "Debouncer(2, fn), trigger('a') в 0 с")


@tc.scenario({"en": "three triggers in a burst: one call, with the last arguments", "ru": "три trigger пачкой: один вызов, с аргументами последнего"}, bound=1, random_schedules=60)
def burst(sol):
    calls = Calls()
    d = sol.Debouncer(1, calls)
    _trigger(d, 1)
    tc.sleep(0.25)
    _trigger(d, 2)
    tc.sleep(0.5)
    _trigger(d, 3)
    tc.sleep(3)
    _expect_calls(calls, [(1.75, (3,))],
                  "Debouncer(1, fn), trigger(1) at 0 s, trigger(2) at 0.25 s, trigger(3) at 0.75 s",
                  "Debouncer(1, fn), trigger(1) в 0 с, trigger(2) в 0.25 с, trigger(3) в 0.75 с")


@tc.scenario({"en": "cancel() drops the pending call; trigger() works again afterwards", "ru": "cancel() отменяет ожидающий вызов; после него trigger() снова работает"}, bound=1, random_schedules=60)
def cancel_then_trigger(sol):
    calls = Calls()
    d = sol.Debouncer(1, calls)
    _cancel(d)  # nothing pending yet: does nothing
    _trigger(d, "x")
    tc.sleep(0.5)
    _cancel(d)
    tc.sleep(2)
    tc.expect(not calls.seen,
              {"en": f"trigger('x') at 0 s, cancel() at 0.5 s: saw {_show(calls.seen)}, expected no "
                     f"call. cancel() must stop the pending countdown",
               "ru": f"trigger('x') в 0 с, cancel() в 0.5 с — получено: {_show_ru(calls.seen)}, ожидалось: "
                     f"ни одного вызова. cancel() должен останавливать ожидающий отсчёт"})
    _trigger(d, "y")
    tc.sleep(2)
    _expect_calls(calls, [(3.5, ("y",))], "after cancel() at 0.5 s, trigger('y') at 2.5 s",
                  "после cancel() в 0.5 с, trigger('y') в 2.5 с")
    _cancel(d)  # nothing pending any more: does nothing


# At the moment a countdown ends, the waking timer and the waking check are both runnable;
# which goes first is a free choice of the explorer (no preemption needed), so both orders
# are tried in every run. The statement accepts both outcomes: the due call may happen.
@tc.scenario({"en": "trigger() at the very moment the countdown ends", "ru": "trigger() ровно в тот момент, когда истекает отсчёт"}, bound=1, random_schedules=60)
def trigger_when_due(sol):
    calls = Calls()
    d = sol.Debouncer(1, calls)
    _trigger(d, 1)
    tc.sleep(1)  # now fn(1) is due: it may run, or the new trigger may still stop it
    _trigger(d, 2)
    tc.sleep(3)
    ok = _same(calls.seen, [(1.0, (1,)), (2.0, (2,))]) or _same(calls.seen, [(2.0, (2,))])
    tc.expect(ok,
              {"en": f"Debouncer(1, fn), trigger(1) at 0 s, trigger(2) at 1 s, just as fn(1) was due: "
                     f"saw {_show(calls.seen)}, expected fn(1) at 1 s then fn(2) at 2 s, or only "
                     f"fn(2) at 2 s. {_diagnose(calls.seen, [(1.0, (1,)), (2.0, (2,))])}",
               "ru": f"Debouncer(1, fn), trigger(1) в 0 с, trigger(2) в 1 с, ровно когда подошёл срок fn(1) — "
                     f"получено: {_show_ru(calls.seen)}, ожидалось: fn(1) в 1 с, затем fn(2) в 2 с, или "
                     f"только fn(2) в 2 с. {_diagnose(calls.seen, [(1.0, (1,)), (2.0, (2,))], 'ru')}"})


@tc.scenario({"en": "cancel() at the very moment the countdown ends", "ru": "cancel() ровно в тот момент, когда истекает отсчёт"}, bound=1, random_schedules=60)
def cancel_when_due(sol):
    calls = Calls()
    d = sol.Debouncer(1, calls)
    _trigger(d, 1)
    tc.sleep(1)  # now fn(1) is due: cancel() may be too late, but nothing may follow it
    _cancel(d)
    tc.sleep(3)
    ok = _same(calls.seen, []) or _same(calls.seen, [(1.0, (1,))])
    tc.expect(ok,
              {"en": f"Debouncer(1, fn), trigger(1) at 0 s, cancel() at 1 s, just as fn(1) was due: "
                     f"saw {_show(calls.seen)}, expected no call or only fn(1) at 1 s",
               "ru": f"Debouncer(1, fn), trigger(1) в 0 с, cancel() в 1 с, ровно когда подошёл срок fn(1) — "
                     f"получено: {_show_ru(calls.seen)}, ожидалось: ни одного вызова или только fn(1) в 1 с"})


@tc.scenario({"en": "two threads trigger at the same moment", "ru": "два потока вызывают trigger в один и тот же момент"}, bound=1, random_schedules=60)
def two_threads(sol):
    calls = Calls()
    d = sol.Debouncer(1, calls)
    tc.join(tc.spawn(_trigger, d, "A", name="T1"), tc.spawn(_trigger, d, "B", name="T2"))
    tc.sleep(3)
    ok = _same(calls.seen, [(1.0, ("A",))]) or _same(calls.seen, [(1.0, ("B",))])
    tc.expect(ok,
              {"en": f"Debouncer(1, fn), T1 calls trigger('A') and T2 trigger('B') at 0 s: saw "
                     f"{_show(calls.seen)}, expected exactly one call at 1 s, fn('A') or fn('B'). "
                     f"{_diagnose(calls.seen, [(1.0, ('A',))])}",
               "ru": f"Debouncer(1, fn), в 0 с T1 вызывает trigger('A'), а T2 вызывает trigger('B') — получено: "
                     f"{_show_ru(calls.seen)}, ожидалось: ровно один вызов в 1 с, fn('A') или fn('B'). "
                     f"{_diagnose(calls.seen, [(1.0, ('A',))], 'ru')}"})
