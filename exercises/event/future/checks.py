"""Checks of event/future: result() waits for a value set by another thread, in virtual time.

Setters sleep with tc.sleep before setting, so every expected moment (1 s, 2 s, ...) is an
exact point of the virtual clock read with tc.now().
"""

import threadcheck as tc

EPS = 1e-6


def _at(t):
    return abs(tc.now() - t) < EPS


def _set_later(future, delay, value=None, error=None):
    tc.sleep(delay)
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)


def _expect_value(future, expected, at, story, story_ru, timeout=None):
    before = tc.now()
    got = future.result() if timeout is None else future.result(timeout=timeout)
    call = "result()" if timeout is None else f"result(timeout={timeout:g})"
    tc.expect(got == expected,
              {"en": f"{story}: {call} called at {before:g} s returned {got!r}, expected {expected!r}",
               "ru": f"{story_ru}: {call}, вызванный в {before:g} с, вернул {got!r}, а ожидалось {expected!r}"})
    tc.expect(_at(at),
              {"en": f"{story}: {call} called at {before:g} s returned at {tc.now():g} s, expected at "
                     f"{at:g} s: it must return as soon as the result is set, and not before",
               "ru": f"{story_ru}: {call}, вызванный в {before:g} с, вернулся в {tc.now():g} с, а ожидалось "
                     f"в {at:g} с: он должен вернуться, как только результат установлен, и не раньше"})


@tc.scenario({"en": "result() waits for a value another thread sets 2 s later", "ru": "result() ждёт значение, которое другой поток ставит через 2 с"}, bound=2)
def wait_for_value(sol):
    future = sol.Future()
    tc.expect(future.done() is False, {"en": f"done() of a new future is {future.done()!r}, expected False",
                                       "ru": f"done() у нового Future вернул {future.done()!r}, а ожидалось False"})
    tc.spawn(_set_later, future, 2, 42, name="Setter")
    _expect_value(future, 42, 2, "set_result(42) at 2 s", "set_result(42) в 2 с")
    _expect_value(future, 42, 2, "result() asked a second time", "повторный вызов result()")
    tc.expect(future.done() is True,
              {"en": f"done() after set_result(42) is {future.done()!r}, expected True",
               "ru": f"done() после set_result(42) вернул {future.done()!r}, а ожидалось True"})


@tc.scenario({"en": "two threads wait for one result", "ru": "два потока ждут один результат"}, bound=2)
def two_waiters(sol):
    future = sol.Future()

    def waiter():
        _expect_value(future, "x", 1, "set_result('x') at 1 s, two threads waiting",
                      "set_result('x') в 1 с, ждут два потока")

    threads = [tc.spawn(waiter, name=f"W{i + 1}") for i in range(2)]
    _set_later(future, 1, "x")
    tc.join(*threads)
    _expect_value(future, "x", 1, "result() after both waiters got it",
                  "result() после того, как оба ждущих потока его получили")


@tc.scenario({"en": "result(timeout) gives up after the timeout", "ru": "result(timeout) перестаёт ждать по истечении таймаута"}, bound=2)
def timeout_then_value(sol):
    future = sol.Future()
    try:
        got = future.result(timeout=1.5)
    except TimeoutError:
        tc.expect(_at(1.5),
                  {"en": f"result(timeout=1.5) with no result raised TimeoutError at {tc.now():g} s, "
                         f"expected at 1.5 s",
                   "ru": f"result(timeout=1.5) без результата поднял TimeoutError в {tc.now():g} с, "
                         f"а ожидалось в 1.5 с"})
    else:
        tc.fail({"en": f"result(timeout=1.5) with no result set returned {got!r} at {tc.now():g} s, "
                       f"expected TimeoutError at 1.5 s: check what Event.wait(timeout) returns",
                 "ru": f"result(timeout=1.5), когда результат не установлен, вернул {got!r} в "
                       f"{tc.now():g} с, а ожидалась TimeoutError в 1.5 с: проверьте, что возвращает "
                       f"Event.wait(timeout)"})
    tc.expect(future.done() is False,
              {"en": f"done() after a timed-out wait is {future.done()!r}, expected False",
               "ru": f"done() после ожидания, прерванного по таймауту, вернул {future.done()!r}, "
                     f"а ожидалось False"})
    tc.spawn(_set_later, future, 1, 7, name="Setter")
    _expect_value(future, 7, 2.5, "set_result(7) at 2.5 s", "set_result(7) в 2.5 с", timeout=10)


@tc.scenario({"en": "set_exception(): result() raises it in the waiting thread", "ru": "set_exception(): result() поднимает это исключение в ждущем потоке"}, bound=2)
def exception_result(sol):
    future = sol.Future()
    error = ValueError("boom")
    tc.spawn(_set_later, future, 1, error=error, name="Setter")
    try:
        got = future.result()
    except ValueError as exc:
        tc.expect(exc is error,
                  {"en": f"result() raised {exc!r}, expected the very exception given to set_exception()",
                   "ru": f"result() поднял {exc!r}, а ожидалось то самое исключение, переданное в "
                         f"set_exception()"})
        tc.expect(_at(1), {"en": f"result() raised at {tc.now():g} s, expected at 1 s",
                           "ru": f"result() поднял исключение в {tc.now():g} с, а ожидалось в 1 с"})
    else:
        tc.fail({"en": f"set_exception(ValueError('boom')) at 1 s: result() returned {got!r}, "
                       f"expected it to raise that ValueError",
                 "ru": f"set_exception(ValueError('boom')) в 1 с: result() вернул {got!r}, а должен "
                       f"был поднять этот ValueError"})
    try:
        got = future.result()
    except ValueError:
        pass
    else:
        tc.fail({"en": f"result() asked a second time after set_exception() returned {got!r}, "
                       f"expected it to raise the ValueError again",
                 "ru": f"повторный вызов result() после set_exception() вернул {got!r}, а должен был "
                       f"снова поднять ValueError"})
    tc.expect(future.done() is True,
              {"en": f"done() after set_exception() is {future.done()!r}, expected True",
               "ru": f"done() после set_exception() вернул {future.done()!r}, а ожидалось True"})


def _work(seconds, value):
    tc.sleep(seconds)
    return value


def _fail(seconds):
    tc.sleep(seconds)
    raise KeyError("missing")


@tc.scenario({"en": "run_in_thread(): the value or the exception of fn", "ru": "run_in_thread(): значение или исключение fn"}, bound=1)
def run_in_thread(sol):
    before = tc.now()
    f1 = sol.run_in_thread(_work, 1, "ok")
    tc.expect(_at(before),
              {"en": f"run_in_thread() returned at {tc.now():g} s, expected at once: fn runs in "
                     f"another thread",
               "ru": f"run_in_thread() вернулся в {tc.now():g} с, а должен был вернуться сразу: "
                     f"fn выполняется в другом потоке"})
    _expect_value(f1, "ok", 1, "run_in_thread(fn) where fn returns 'ok' after 1 s",
                  "run_in_thread(fn), где fn возвращает 'ok' через 1 с")
    f2 = sol.run_in_thread(_fail, 0.5)
    try:
        got = f2.result()
    except KeyError:
        tc.expect(_at(1.5), {"en": f"result() raised KeyError at {tc.now():g} s, expected at 1.5 s",
                             "ru": f"result() поднял KeyError в {tc.now():g} с, а ожидалось в 1.5 с"})
    else:
        tc.fail({"en": f"run_in_thread(fn) where fn raises KeyError: result() returned {got!r}, "
                       f"expected it to raise the KeyError",
                 "ru": f"run_in_thread(fn), где fn поднимает KeyError: result() вернул {got!r}, а "
                       f"должен был поднять этот KeyError"})
