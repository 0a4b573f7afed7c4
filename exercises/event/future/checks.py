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


def _expect_value(future, expected, at, story, timeout=None):
    before = tc.now()
    got = future.result() if timeout is None else future.result(timeout=timeout)
    call = "result()" if timeout is None else f"result(timeout={timeout:g})"
    tc.expect(got == expected,
              f"{story}: {call} called at {before:g} s returned {got!r}, expected {expected!r}")
    tc.expect(_at(at),
              f"{story}: {call} called at {before:g} s returned at {tc.now():g} s, expected at "
              f"{at:g} s: it must return as soon as the result is set, and not before")


@tc.scenario({"en": "result() waits for a value another thread sets 2 s later", "ru": "result() ждёт значение, которое другой поток ставит через 2 с"}, bound=2)
def wait_for_value(sol):
    future = sol.Future()
    tc.expect(future.done() is False, f"done() of a new future is {future.done()!r}, expected False")
    tc.spawn(_set_later, future, 2, 42, name="Setter")
    _expect_value(future, 42, 2, "set_result(42) at 2 s")
    _expect_value(future, 42, 2, "result() asked a second time")
    tc.expect(future.done() is True,
              f"done() after set_result(42) is {future.done()!r}, expected True")


@tc.scenario({"en": "two threads wait for one result", "ru": "два потока ждут один результат"}, bound=2)
def two_waiters(sol):
    future = sol.Future()

    def waiter():
        _expect_value(future, "x", 1, "set_result('x') at 1 s, two threads waiting")

    threads = [tc.spawn(waiter, name=f"W{i + 1}") for i in range(2)]
    _set_later(future, 1, "x")
    tc.join(*threads)
    _expect_value(future, "x", 1, "result() after both waiters got it")


@tc.scenario({"en": "result(timeout) gives up after the timeout", "ru": "result(timeout) перестаёт ждать по истечении таймаута"}, bound=2)
def timeout_then_value(sol):
    future = sol.Future()
    try:
        got = future.result(timeout=1.5)
    except TimeoutError:
        tc.expect(_at(1.5),
                  f"result(timeout=1.5) with no result raised TimeoutError at {tc.now():g} s, "
                  f"expected at 1.5 s")
    else:
        tc.fail(f"result(timeout=1.5) with no result set returned {got!r} at {tc.now():g} s, "
                f"expected TimeoutError at 1.5 s: check what Event.wait(timeout) returns")
    tc.expect(future.done() is False,
              f"done() after a timed-out wait is {future.done()!r}, expected False")
    tc.spawn(_set_later, future, 1, 7, name="Setter")
    _expect_value(future, 7, 2.5, "set_result(7) at 2.5 s", timeout=10)


@tc.scenario({"en": "set_exception(): result() raises it in the waiting thread", "ru": "set_exception(): result() поднимает это исключение в ждущем потоке"}, bound=2)
def exception_result(sol):
    future = sol.Future()
    error = ValueError("boom")
    tc.spawn(_set_later, future, 1, error=error, name="Setter")
    try:
        got = future.result()
    except ValueError as exc:
        tc.expect(exc is error,
                  f"result() raised {exc!r}, expected the very exception given to set_exception()")
        tc.expect(_at(1), f"result() raised at {tc.now():g} s, expected at 1 s")
    else:
        tc.fail(f"set_exception(ValueError('boom')) at 1 s: result() returned {got!r}, "
                f"expected it to raise that ValueError")
    try:
        got = future.result()
    except ValueError:
        pass
    else:
        tc.fail(f"result() asked a second time after set_exception() returned {got!r}, "
                f"expected it to raise the ValueError again")
    tc.expect(future.done() is True,
              f"done() after set_exception() is {future.done()!r}, expected True")


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
              f"run_in_thread() returned at {tc.now():g} s, expected at once: fn runs in "
              f"another thread")
    _expect_value(f1, "ok", 1, "run_in_thread(fn) where fn returns 'ok' after 1 s")
    f2 = sol.run_in_thread(_fail, 0.5)
    try:
        got = f2.result()
    except KeyError:
        tc.expect(_at(1.5), f"result() raised KeyError at {tc.now():g} s, expected at 1.5 s")
    else:
        tc.fail(f"run_in_thread(fn) where fn raises KeyError: result() returned {got!r}, "
                f"expected it to raise the KeyError")
