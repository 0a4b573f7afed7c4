"""Checks of semaphore/counting-semaphore: never more holders than permits, a non-blocking
acquire that does not wait, no lost wakeups."""

import threadcheck as tc


class Ledger:
    """Permits handed out and given back, updated atomically around each call."""

    def __init__(self, value):
        self.value = value
        self.acquired = 0   # acquire() calls that returned True
        self.released = 0   # release() calls that have begun

    def took(self, me):
        """`me`'s acquire() just returned True."""
        self.acquired += 1
        out = self.acquired - self.released
        tc.expect(out <= self.value,
                  {"en": f"{me}'s acquire() returned True with {out} permits taken out of a semaphore "
                         f"that started with {self.value} and got {self.released} back: more holders "
                         f"than permits (did a woken thread take a permit without checking again?)",
                   "ru": f"acquire() в {me} вернул True, и выданных разрешений стало {out}, хотя семафор "
                         f"начинал с {self.value} и получил обратно {self.released}: держателей больше, "
                         f"чем разрешений (не взял ли разбуженный поток разрешение, не проверив ещё раз?)"})

    def gives_back(self):
        self.released += 1


def _acquire(sem, ledger, me):
    got = sem.acquire()
    tc.expect(got is True, {"en": f"{me}: acquire() returned {got!r}, expected True",
                            "ru": f"{me}: acquire() вернул {got!r}, а ожидалось True"})
    ledger.took(me)


def _release(sem, ledger):
    ledger.gives_back()
    sem.release()


def _use(sem, ledger, me, times):
    """Take a permit, hold it for 1 s of virtual time, give it back; `times` times."""
    for _ in range(times):
        _acquire(sem, ledger, me)
        tc.sleep(1)
        _release(sem, ledger)


# Small on purpose. Holders sleep 1 s of virtual time with their permit, so the others get
# to run without a preemption being spent on it. For the reference no bounded level reaches
# its cap; random schedules follow. Every variant in variants/ is caught by this
# seed-independent phase, which `pnpm exercises:validate` re-proves on several seeds.
@tc.scenario({"en": "one thread: permits, acquire(blocking=False) and release", "ru": "один поток: разрешения, acquire(blocking=False) и release"}, bound=0)
def sequential(sol):
    sem = sol.CountingSemaphore(2)
    ledger = Ledger(2)
    _acquire(sem, ledger, "MainThread")
    got = sem.acquire(blocking=False)
    tc.expect(got is True, {"en": f"CountingSemaphore(2): the second acquire, acquire(blocking=False), "
                                  f"returned {got!r}, expected True: one permit was still free",
                            "ru": f"CountingSemaphore(2): второй acquire, acquire(blocking=False), вернул {got!r}, "
                                  f"а ожидалось True: одно разрешение ещё было свободно"})
    ledger.took("MainThread")
    _release(sem, ledger)
    _release(sem, ledger)
    got = sem.acquire(False)
    tc.expect(got is True, {"en": f"acquire(False) returned {got!r} after both permits were given back, "
                                  f"expected True",
                            "ru": f"acquire(False) вернул {got!r} после того, как оба разрешения вернули, "
                                  f"а ожидалось True"})
    ledger.took("MainThread")
    _release(sem, ledger)


@tc.scenario({"en": "acquire(blocking=False) while another thread will release in 1 s", "ru": "acquire(blocking=False), когда другой поток вернёт разрешение только через 1 с"}, bound=2,
             schedules=500)
def non_blocking(sol):
    sem = sol.CountingSemaphore()  # one permit by default
    ledger = Ledger(1)
    _acquire(sem, ledger, "MainThread")

    def releaser():
        tc.sleep(1)
        _release(sem, ledger)

    r = tc.spawn(releaser, name="R")
    for call, attempt in (("acquire(blocking=False)", lambda: sem.acquire(blocking=False)),
                          ("acquire(False)", lambda: sem.acquire(False))):
        start = tc.now()
        got = attempt()
        waited = tc.now() - start
        tc.expect(got is False and waited == 0,
                  {"en": f"with no permit left, {call} returned {got!r} after waiting {waited:g} s; "
                         f"expected False at once: a non-blocking acquire must never wait"
                         + (f" (the value of CountingSemaphore() is 1 by default)" if got is True and
                            waited == 0 else ""),
                   "ru": f"когда свободных разрешений нет, {call} вернул {got!r}, прождав {waited:g} с, "
                         f"а ожидалось False сразу: неблокирующий acquire никогда не должен ждать"
                         + (f" (у CountingSemaphore() по умолчанию значение 1)" if got is True and
                            waited == 0 else "")})
    tc.join(r)
    got = sem.acquire(blocking=False)
    tc.expect(got is True, {"en": f"R gave the permit back, but then acquire(blocking=False) returned "
                                  f"{got!r}, expected True",
                            "ru": f"R вернул разрешение, но затем acquire(blocking=False) вернул {got!r}, а ожидалось True"})
    ledger.took("MainThread")
    got = sem.acquire(blocking=False)
    tc.expect(got is False,
              {"en": f"acquire(blocking=False) returned {got!r} right after another one took the only "
                     f"permit, expected False: a non-blocking acquire that returns True must take "
                     f"the permit",
               "ru": f"acquire(blocking=False) вернул {got!r} сразу после того, как другой такой вызов "
                     f"взял единственное разрешение, а ожидалось False: неблокирующий acquire, "
                     f"вернувший True, должен забрать разрешение"})


@tc.scenario({"en": "one permit, two threads take it twice each", "ru": "одно разрешение, два потока берут его по два раза"}, bound=2, schedules=1000)
def one_permit(sol):
    sem = sol.CountingSemaphore(1)
    ledger = Ledger(1)
    tc.join(*[tc.spawn(_use, sem, ledger, f"T{i + 1}", 2, name=f"T{i + 1}") for i in range(2)])


@tc.scenario({"en": "two permits, three threads", "ru": "два разрешения, три потока"}, bound=0, schedules=1000)
def two_permits(sol):
    sem = sol.CountingSemaphore(2)
    ledger = Ledger(2)
    tc.join(*[tc.spawn(_use, sem, ledger, f"T{i + 1}", 1, name=f"T{i + 1}") for i in range(3)])


@tc.scenario({"en": "two threads wait, the main thread releases twice", "ru": "два потока ждут, главный поток дважды возвращает разрешение"}, bound=1, schedules=1000)
def wakeups(sol):
    sem = sol.CountingSemaphore(0)
    ledger = Ledger(0)
    waiters = [tc.spawn(_acquire, sem, ledger, f"C{i + 1}", name=f"C{i + 1}") for i in range(2)]
    _release(sem, ledger)
    _release(sem, ledger)
    tc.join(*waiters)
