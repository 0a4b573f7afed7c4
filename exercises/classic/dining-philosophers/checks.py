"""Checks of classic/dining-philosophers: each eats `meals` times holding both forks, no deadlock."""

import threadcheck as tc


def _table(sol, n, meals):
    forks = [tc.name(tc.threading.Lock(), f"fork {k}") for k in range(n)]
    eaten = [0] * n

    def eat(i):
        me = tc.threading.current_thread().name
        tc.expect(me == f"P{i}",
                  {"en": f"eat({i}) was called by {me}: philosopher i calls eat(i) with its own number",
                   "ru": f"eat({i}) вызвал {me}: философ i вызывает eat(i) со своим собственным номером"})
        mine = (i, (i + 1) % n)
        holders = [tc.owner(forks[k]) for k in mine]
        tc.expect(holders == [me, me],
                  {"en": f"P{i} called eat({i}) while " + " and ".join(
                             f"fork {k} was {'held by ' + h if h else 'free'}" for k, h in zip(mine, holders))
                         + f": philosopher {i} eats only holding both fork {mine[0]} and fork {mine[1]}",
                   "ru": f"P{i} вызвал eat({i}), когда " + ", а ".join(
                             f"вилка {k} {'была у ' + h if h else 'была свободна'}" for k, h in zip(mine, holders))
                         + f": философ {i} ест, только держа обе вилки, {mine[0]} и {mine[1]}"})
        eaten[i] += 1

    threads = [tc.spawn(sol.philosopher, i, forks, meals, eat, name=f"P{i}") for i in range(n)]
    tc.join(*threads)
    tc.expect(eaten == [meals] * n,
              {"en": f"with meals={meals} the philosophers ate {eaten} times (P0, P1, ...), expected "
                     f"{meals} each",
               "ru": f"при meals={meals} философы поели {eaten} раз (P0, P1, ...), а ожидалось "
                     f"по {meals} у каждого"})
    held = [k for k in range(n) if tc.owner(forks[k]) is not None]
    tc.expect(not held, {"en": f"after every philosopher returned, fork {held[0] if held else ''} is "
                               f"still held by {tc.owner(forks[held[0]]) if held else ''}: put both "
                               f"forks back after eating",
                         "ru": f"все философы закончили, но вилку {held[0] if held else ''} всё ещё держит "
                               f"{tc.owner(forks[held[0]]) if held else ''}: после еды кладите обе вилки обратно"})


@tc.scenario({"en": "two philosophers, two meals each", "ru": "два философа, по два обеда у каждого"}, bound=2)
def two(sol):
    _table(sol, 2, 2)


@tc.scenario({"en": "three philosophers, one meal each", "ru": "три философа, по одному обеду у каждого"}, bound=1)
def three(sol):
    _table(sol, 3, 1)


@tc.scenario({"en": "four philosophers, one meal each", "ru": "четыре философа, по одному обеду у каждого"}, bound=0, schedules=100)
def four(sol):
    _table(sol, 4, 1)


@tc.scenario({"en": "five philosophers, one meal each", "ru": "пять философов, по одному обеду у каждого"}, bound=0, schedules=100)
def five(sol):
    _table(sol, 5, 1)
