"""Checks of rlock/inventory: add_many is atomic for snapshot(), snapshot() is a consistent copy."""

import threadcheck as tc


def _stock(snap):
    """A snapshot without zero counts, so that {"pear": 0} and {} mean the same."""
    return {item: qty for item, qty in snap.items() if qty != 0}


def _snapshot(inv, who):
    snap = inv.snapshot()
    tc.expect(isinstance(snap, dict),
              {"en": f"snapshot() in {who} returned {snap!r}, expected a dict {{item: count}}",
               "ru": f"snapshot() в {who} вернул {snap!r}, а ожидался словарь {{товар: количество}}"})
    return snap


@tc.scenario({"en": "one thread: add, add_many, count and snapshot", "ru": "один поток: add, add_many, count и snapshot"}, bound=0)
def sequential(sol):
    inv = sol.Inventory()
    tc.expect(inv.count("apple") == 0,
              {"en": f"count('apple') of a new inventory is {inv.count('apple')}, expected 0",
               "ru": f"count('apple') у нового склада равен {inv.count('apple')}, а ожидалось 0"})
    inv.add("apple")
    inv.add("apple", 2)
    inv.add_many({"apple": 1, "pear": 2})
    apples, pears = inv.count("apple"), inv.count("pear")
    tc.expect(apples == 4 and pears == 2,
              {"en": f"after add('apple'), add('apple', 2), add_many({{'apple': 1, 'pear': 2}}) the counts "
                     f"are apple={apples}, pear={pears}, expected apple=4, pear=2",
               "ru": f"после add('apple'), add('apple', 2), add_many({{'apple': 1, 'pear': 2}}) количества "
                     f"apple={apples}, pear={pears}, а ожидалось apple=4, pear=2"})
    snap = _snapshot(inv, "MainThread")
    tc.expect(_stock(snap) == {"apple": 4, "pear": 2},
              {"en": f"snapshot() is {snap}, expected {{'apple': 4, 'pear': 2}}",
               "ru": f"snapshot() вернул {snap}, а ожидалось {{'apple': 4, 'pear': 2}}"})
    before = dict(snap)
    inv.add("pear")
    tc.expect(snap == before,
              {"en": f"a snapshot taken earlier changed from {before} to {snap} after a later add(): "
                     f"snapshot() must return a copy, not the inventory's own dictionary",
               "ru": f"снимок, сделанный раньше, изменился с {before} на {snap} после более позднего add(): "
                     f"snapshot() должен возвращать копию, а не собственный словарь склада"})
    snap["apple"] = 100
    tc.expect(inv.count("apple") == 4,
              {"en": f"changing the dictionary snapshot() returned changed the stock "
                     f"(count('apple') became {inv.count('apple')}): snapshot() must return a copy",
               "ru": f"изменение словаря, который вернул snapshot(), изменило склад "
                     f"(count('apple') стал {inv.count('apple')}): snapshot() должен возвращать копию"})


@tc.scenario({"en": "add_many of two items while another thread takes a snapshot", "ru": "add_many из двух товаров, пока другой поток делает снимок"}, bound=2)
def batch_and_snapshot(sol):
    inv = sol.Inventory()
    batch = {"apple": 2, "pear": 2}
    seen = []

    def adder():
        inv.add_many(batch)

    def viewer():
        seen.append(_stock(_snapshot(inv, "T2")))

    tc.join(tc.spawn(adder, name="T1"), tc.spawn(viewer, name="T2"))
    tc.expect(seen[0] in ({}, batch),
              {"en": f"T2's snapshot() is {seen[0]} while T1 runs add_many({batch}): it saw half of "
                     f"the batch; add_many must be atomic (all or nothing) as seen by snapshot()",
               "ru": f"snapshot() в T2 вернул {seen[0]}, пока T1 выполнял add_many({batch}): он увидел "
                     f"половину партии; для snapshot() add_many должен быть атомарным (всё или ничего)"})
    final = _stock(_snapshot(inv, "MainThread"))
    tc.expect(final == batch, {"en": f"after add_many({batch}) the snapshot is {final}, expected {batch}",
                               "ru": f"после add_many({batch}) снимок равен {final}, а ожидалось {batch}"})


@tc.scenario({"en": "add and add_many of the same item while a third thread counts it", "ru": "add и add_many одного и того же товара, пока третий поток его считает"}, bound=1)
def add_and_count(sol):
    inv = sol.Inventory()
    seen = []

    def one():
        inv.add("apple")

    def batch():
        inv.add_many({"apple": 2, "pear": 1})

    def counter():
        seen.append(inv.count("apple"))

    tc.join(tc.spawn(one, name="T1"), tc.spawn(batch, name="T2"), tc.spawn(counter, name="T3"))
    tc.expect(seen[0] in (0, 1, 2, 3),
              {"en": f"T3's count('apple') is {seen[0]}, expected 0, 1, 2 or 3 (before, between or "
                     f"after the two adds)",
               "ru": f"count('apple') в T3 вернул {seen[0]}, а ожидалось 0, 1, 2 или 3 (до, между или "
                     f"после двух добавлений)"})
    apples, pears = inv.count("apple"), inv.count("pear")
    tc.expect(apples == 3 and pears == 1,
              {"en": f"after add('apple') and add_many({{'apple': 2, 'pear': 1}}) in two threads the "
                     f"counts are apple={apples}, pear={pears}, expected apple=3, pear=1: an update was lost",
               "ru": f"после add('apple') и add_many({{'apple': 2, 'pear': 1}}) в двух потоках количества "
                     f"apple={apples}, pear={pears}, а ожидалось apple=3, pear=1: добавление потерялось"})
