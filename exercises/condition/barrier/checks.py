"""Checks of condition/barrier: nobody leaves a round early, indices are a permutation, reusable."""

import threadcheck as tc


class Ledger:
    """What the checks saw, per round, updated atomically around each call."""

    def __init__(self, rounds):
        self.arrived = [0] * rounds               # threads that called wait() in round r
        self.indices = [{} for _ in range(rounds)]  # index -> thread that got it in round r


def _run(sol, parties, rounds):
    """`parties` threads each call wait() `rounds` times in a row."""
    barrier = sol.Barrier(parties)
    ledger = Ledger(rounds)
    valid = list(range(parties))

    def party(me):
        for r in range(rounds):
            ledger.arrived[r] += 1
            index = barrier.wait()
            arrived = ledger.arrived[r]
            tc.expect(arrived == parties,
                      {"en": f"{me} left round {r + 1} when only {arrived} of {parties} threads had "
                             f"arrived in it: wait() must block until every party has called it"
                             + (" in this round (is the barrier reset for the next round?)" if r else ""),
                       "ru": f"{me} вышел из раунда {r + 1}, когда в него пришло только {arrived} из {parties} "
                             f"потоков: wait() должен блокировать, пока его не вызовут все участники"
                             + (" этого раунда (сбрасывается ли барьер для следующего раунда?)" if r else "")})
            tc.expect(index in valid,
                      {"en": f"{me} got {index!r} from wait() in round {r + 1}, expected an arrival "
                             f"index from 0 to {parties - 1}",
                       "ru": f"{me} получил {index!r} от wait() в раунде {r + 1}, а ожидался номер прибытия "
                             f"от 0 до {parties - 1}"})
            other = ledger.indices[r].get(index)
            tc.expect(other is None,
                      {"en": f"{me} and {other} both got index {index} in round {r + 1}: each round's "
                             f"indices must be a permutation of 0..{parties - 1}",
                       "ru": f"{me} и {other} оба получили номер {index} в раунде {r + 1}: номера каждого "
                             f"раунда должны быть перестановкой 0..{parties - 1}"})
            ledger.indices[r][index] = me

    if parties == 1:
        party("MainThread")  # one thread alone: nothing to interleave
    else:
        tc.join(*[tc.spawn(party, f"T{i + 1}", name=f"T{i + 1}") for i in range(parties)])


# Small on purpose. For the reference no bounded level reaches its cap: two threads go
# through three rounds with up to one preemption and through two rounds with up to two,
# three threads through two rounds without preemptions; random schedules follow. Every
# variant in variants/ is caught by this seed-independent phase, which
# `pnpm exercises:validate` re-proves on several seeds.
@tc.scenario({"en": "one party: wait() returns 0 at once, three rounds", "ru": "один участник: wait() сразу возвращает 0, три раунда"}, bound=0)
def one_party(sol):
    _run(sol, 1, 3)


@tc.scenario({"en": "two threads, three rounds in a row", "ru": "два потока, три раунда подряд"}, bound=1, schedules=600)
def two_threads(sol):
    _run(sol, 2, 3)


@tc.scenario({"en": "two threads, two rounds, more interleavings", "ru": "два потока, два раунда, больше чередований"}, bound=2, schedules=1200)
def two_threads_deeper(sol):
    _run(sol, 2, 2)


@tc.scenario({"en": "three threads, two rounds in a row", "ru": "три потока, два раунда подряд"}, bound=0, schedules=600)
def three_threads(sol):
    _run(sol, 3, 2)
