"""Checks of daemon/heartbeat: a daemon background thread, and a join with one total deadline.

Threads of the check finish at chosen virtual times (tc.sleep), so "returned at 2 s" is
an exact reading of tc.now(), never a measurement of real time.
"""

import threadcheck as tc

EPS = 1e-6


def _times(ts):
    return "[" + ", ".join(f"{t:g}" for t in ts) + "]" if ts else "none"


def _times_ru(ts):
    return "[" + ", ".join(f"{t:g}" for t in ts) + "]"


def _names(threads):
    return "[" + ", ".join(getattr(t, "name", repr(t)) for t in threads) + "]"


@tc.scenario({"en": "start_heartbeat(): a daemon thread beats every second", "ru": "start_heartbeat(): пульс в потоке-демоне бьётся каждую секунду"}, bound=1)
def heartbeat(sol):
    beats = []

    def beat():
        beats.append((tc.now(), tc.threading.current_thread().name))

    thread = sol.start_heartbeat(1, beat)
    tc.expect(tc.now() < EPS,
              {"en": f"start_heartbeat() returned at {tc.now():g} s, expected at once: the beats "
                     f"belong to the background thread",
               "ru": f"start_heartbeat() вернулся в {tc.now():g} с, а должен был вернуться сразу: "
                     f"пульс бьётся в фоновом потоке"})
    tc.expect(isinstance(thread, tc.threading.Thread),
              {"en": f"start_heartbeat() returned {thread!r}, expected the threading.Thread it started",
               "ru": f"start_heartbeat() вернул {thread!r}, а ожидался запущенный им threading.Thread"})
    tc.expect(thread.daemon is True,
              {"en": f"the heartbeat thread {thread.name!r} is not a daemon: a program waits for all "
                     f"its non-daemon threads at exit, so it would never end. Pass daemon=True to "
                     f"Thread() or set thread.daemon = True before start()",
               "ru": f"поток пульса {thread.name!r} — не демон: при выходе программа ждёт все свои "
                     f"потоки, кроме демонов, и поэтому никогда не завершится. Передайте daemon=True "
                     f"в Thread() или задайте thread.daemon = True до start()"})
    tc.expect(thread.is_alive(), {"en": "the heartbeat thread is not alive after start_heartbeat()",
                                  "ru": "поток пульса не жив после start_heartbeat()"})
    tc.expect(thread.name == "heartbeat",
              {"en": f"the heartbeat thread is named {thread.name!r}, expected 'heartbeat' (name=...)",
               "ru": f"поток пульса называется {thread.name!r}, а ожидалось 'heartbeat' (name=...)"})
    tc.sleep(3.5)
    times = [t for t, _ in beats]
    tc.expect(len(times) == 3 and all(abs(a - b) < EPS for a, b in zip(times, [1, 2, 3])),
              {"en": f"start_heartbeat(1, beat) at 0 s: beat() ran at {_times(times)} s up to 3.5 s, "
                     f"expected [1, 2, 3]",
               "ru": f"start_heartbeat(1, beat) в 0 с: до 3.5 с beat() выполнялся в моменты "
                     f"{_times_ru(times)} с, а ожидалось [1, 2, 3]"})
    where = sorted({name for _, name in beats})
    tc.expect(where == ["heartbeat"],
              {"en": f"beat() ran in thread(s) {where}, expected only in the 'heartbeat' thread",
               "ru": f"beat() выполнялся в потоках {where}, а ожидался только в потоке 'heartbeat'"})
    main = tc.threading.main_thread()
    blocking = [t for t in tc.threading.enumerate() if t is not main and not t.daemon]
    tc.expect(not blocking,
              {"en": f"thread(s) {_names(blocking)} are not daemons and still alive: the program "
                     f"could not end",
               "ru": f"потоки {_names(blocking)} — не демоны и всё ещё живы: программа не смогла бы "
                     f"завершиться"})
    # The scenario ends here with the heartbeat still running: a daemon does not keep the
    # program alive.


def _sleeper(seconds):
    tc.sleep(seconds)


def _spawn_sleepers(durations):
    return [tc.spawn(_sleeper, d, name=f"T{i + 1}") for i, d in enumerate(durations)]


def _story(threads, durations, timeout, start):
    ends = ", ".join(f"{t.name} ends at {start + d:g} s" for t, d in zip(threads, durations))
    return f"wait_all([{', '.join(t.name for t in threads)}], {timeout:g}) at {start:g} s ({ends})"


def _story_ru(threads, durations, timeout, start):
    ends = ", ".join(f"{t.name} заканчивается в {start + d:g} с" for t, d in zip(threads, durations))
    return f"wait_all([{', '.join(t.name for t in threads)}], {timeout:g}), вызванный в {start:g} с ({ends})"


def _wait_all(sol, threads, durations, timeout, expect_alive, expect_at):
    start = tc.now()
    story = _story(threads, durations, timeout, start)
    story_ru = _story_ru(threads, durations, timeout, start)
    alive = sol.wait_all(list(threads), timeout)
    now = tc.now()
    if now > start + timeout + EPS:
        why = ("it waited longer than the timeout: the timeout is for all the threads "
               "together, not for each join()")
        why_ru = "он ждал дольше таймаута: таймаут общий для всех потоков, а не для каждого join()"
    elif now > expect_at:
        why = "it must return as soon as every thread has finished"
        why_ru = "он должен вернуться, как только закончатся все потоки"
    else:
        why = "it returned before the threads finished and before the time ran out"
        why_ru = "он вернулся раньше, чем закончились потоки, и раньше, чем истекло время"
    tc.expect(abs(now - expect_at) < EPS,
              {"en": f"{story} returned at {now:g} s, expected at {expect_at:g} s: {why}",
               "ru": f"{story_ru}, вернулся в {now:g} с, а ожидалось в {expect_at:g} с: {why_ru}"})
    got = list(alive) if isinstance(alive, (list, tuple)) else alive
    tc.expect(isinstance(got, list) and [id(t) for t in got] == [id(t) for t in expect_alive],
              {"en": f"{story} returned "
                     f"{_names(got) if isinstance(got, list) else repr(alive)}, expected "
                     f"{_names(expect_alive)}: the threads still alive when it returns, in the order "
                     f"given (check is_alive() after the join, not before)",
               "ru": f"{story_ru}, вернул "
                     f"{_names(got) if isinstance(got, list) else repr(alive)}, а ожидалось "
                     f"{_names(expect_alive)}: потоки, которые ещё живы в момент возврата, в исходном "
                     f"порядке (проверяйте is_alive() после join, а не до)"})


@tc.scenario({"en": "wait_all() returns as soon as every thread has finished", "ru": "wait_all() возвращается, как только закончились все потоки"}, bound=1)
def all_finish(sol):
    durations = [1, 1.5]
    threads = _spawn_sleepers(durations)
    _wait_all(sol, threads, durations, 5, [], 1.5)


@tc.scenario({"en": "wait_all() gives up after the timeout, counted for all threads", "ru": "wait_all() перестаёт ждать по истечении таймаута, общего для всех потоков"}, bound=1)
def timeout_in_total(sol):
    durations = [1, 4, 5]
    threads = _spawn_sleepers(durations)
    _wait_all(sol, threads, durations, 2, threads[1:], 2)
    durations = [d - 2 for d in durations[1:]]
    _wait_all(sol, threads[1:], durations, 0, threads[1:], 2)
