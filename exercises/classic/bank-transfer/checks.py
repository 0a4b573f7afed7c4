"""Checks of classic/bank-transfer: money is conserved, never negative, and nobody deadlocks."""

import threadcheck as tc


def _bank(sol, balances):
    return [sol.Account(i + 1, b) for i, b in enumerate(balances)]


def _run(sol, balances, transfers):
    """transfers: (src index, dst index, amount) per thread; returns (accounts, results)."""
    accounts = _bank(sol, balances)
    results = [None] * len(transfers)

    def worker(k, s, d, amount):
        results[k] = sol.transfer(accounts[s], accounts[d], amount)

    threads = [tc.spawn(worker, k, s, d, amount, name=f"T{k + 1}")
               for k, (s, d, amount) in enumerate(transfers)]
    tc.join(*threads)

    for k, r in enumerate(results):
        tc.expect(r is True or r is False,
                  {"en": f"T{k + 1}'s transfer returned {r!r}, expected True or False",
                   "ru": f"перевод потока T{k + 1} вернул {r!r}, а ожидалось True или False"})
    final = [a.balance for a in accounts]
    tc.expect(sum(final) == sum(balances),
              {"en": f"balances {balances} became {final}: the total went from {sum(balances)} to "
                     f"{sum(final)}, money was created or lost (an update was lost)",
               "ru": f"балансы {balances} стали {final}: сумма изменилась с {sum(balances)} на "
                     f"{sum(final)}, деньги появились из ниоткуда или пропали (потерялось обновление)"})
    tc.expect(min(final) >= 0,
              {"en": f"balances {balances} became {final}: an account went below zero, two transfers "
                     f"spent the same money",
               "ru": f"балансы {balances} стали {final}: баланс счёта ушёл ниже нуля, два перевода "
                     f"потратили одни и те же деньги"})
    expected = list(balances)
    for (s, d, amount), ok in zip(transfers, results):
        if ok:
            expected[s] -= amount
            expected[d] += amount
    tc.expect(final == expected,
              {"en": f"balances {balances} became {final}, but the transfers that returned True "
                     f"({_describe(transfers, results)}) make {expected}",
               "ru": f"балансы {balances} стали {final}, но переводы, вернувшие True "
                     f"({_describe(transfers, results)}), дают {expected}"})
    return accounts, results


def _describe(transfers, results):
    return ", ".join(f"T{k + 1}: {s + 1}->{d + 1} {amount} = {r}"
                     for k, ((s, d, amount), r) in enumerate(zip(transfers, results)))


@tc.scenario({"en": "one thread: a transfer, a refused one and one back", "ru": "один поток: перевод, отклонённый перевод и перевод обратно"}, bound=0)
def sequential(sol):
    a, b = _bank(sol, [10, 0])
    tc.expect(a.id == 1 and a.balance == 10 and a.lock is not None,
              {"en": f"Account(1, 10) has id={a.id!r}, balance={a.balance!r}, lock={a.lock!r}: "
                     f"expected id=1, balance=10 and a threading.Lock",
               "ru": f"у Account(1, 10) id={a.id!r}, balance={a.balance!r}, lock={a.lock!r}: "
                     f"ожидались id=1, balance=10 и threading.Lock"})
    tc.expect(isinstance(a.lock, tc.threading.Lock),
              {"en": f"Account.lock is {a.lock!r}, expected a threading.Lock",
               "ru": f"Account.lock — это {a.lock!r}, а ожидался threading.Lock"})
    steps = [(a, b, 7, True, (3, 7)), (a, b, 5, False, (3, 7)), (b, a, 7, True, (10, 0)),
             (a, b, 10, True, (0, 10))]
    for src, dst, amount, ok, after in steps:
        before = (a.balance, b.balance)
        r = sol.transfer(src, dst, amount)
        now = (a.balance, b.balance)
        tc.expect(r is ok and now == after,
                  {"en": f"transfer of {amount} from account {src.id} to {dst.id} with balances "
                         f"{before} returned {r!r} and left {now}, expected {ok} and {after}",
                   "ru": f"перевод {amount} со счёта {src.id} на счёт {dst.id} при балансах "
                         f"{before} вернул {r!r} и оставил {now}, а ожидалось {ok} и {after}"})


@tc.scenario({"en": "two transfers in opposite directions", "ru": "два встречных перевода"}, bound=2)
def opposite(sol):
    _, results = _run(sol, [5, 5], [(0, 1, 3), (1, 0, 4)])
    tc.expect(results == [True, True],
              {"en": f"both transfers have the money in every order, but they returned {results}",
               "ru": f"при любом порядке денег хватает на оба перевода, но они вернули {results}"})


@tc.scenario({"en": "two transfers compete for the same money", "ru": "два перевода претендуют на одни и те же деньги"}, bound=2)
def compete(sol):
    _, results = _run(sol, [10, 0, 0], [(0, 1, 10), (0, 2, 10)])
    tc.expect(sorted(results) == [False, True],
              {"en": f"account 1 has 10 and two transfers take 10 each: exactly one must succeed, "
                     f"but they returned {results}",
               "ru": f"на счёте 1 лежит 10, а два перевода снимают по 10: пройти должен ровно один, "
                     f"но они вернули {results}"})


@tc.scenario({"en": "three transfers in a cycle 1 -> 2 -> 3 -> 1", "ru": "три перевода по кругу 1 -> 2 -> 3 -> 1"}, bound=1)
def cycle(sol):
    _, results = _run(sol, [5, 5, 5], [(0, 1, 3), (1, 2, 3), (2, 0, 3)])
    tc.expect(results == [True, True, True],
              {"en": f"every transfer has the money in every order, but they returned {results}",
               "ru": f"при любом порядке денег хватает на каждый перевод, но они вернули {results}"})
