"""Checks of thread/parallel-map: one thread per item, all at once, results in input order."""

import threadcheck as tc


def _map(sol, items, delays):
    """Call parallel_map with an fn that sleeps delays[x] (virtual) seconds and returns x * 10."""
    caller = tc.threading.current_thread()
    calls = []  # (item, thread), in the order fn was called

    def fn(x):
        me = tc.threading.current_thread()
        tc.expect(me is not caller,
                  {"en": f"fn({x!r}) ran in {me.name}, the thread that called parallel_map: "
                         f"Thread(target=fn(x)) calls fn at once; pass the function itself, target=fn",
                   "ru": f"fn({x!r}) выполнилась в {me.name} — потоке, который вызвал parallel_map: "
                         f"Thread(target=fn(x)) вызывает fn сразу же; передайте саму функцию, target=fn"})
        earlier = [item for item, _ in calls]
        tc.expect(x not in earlier,
                  {"en": f"fn({x!r}) was called a second time (calls so far: {earlier + [x]}), and "
                         f"never with some other item: a thread read a loop variable after the loop "
                         f"had moved on; pass each item to its thread with args=(...)",
                   "ru": f"fn({x!r}) вызвана во второй раз (вызовы до сих пор: {earlier + [x]}), а с каким-то "
                         f"другим элементом не вызвана ни разу: поток прочитал переменную цикла, когда цикл "
                         f"уже ушёл дальше; передавайте каждый элемент его потоку через args=(...)"})
        calls.append((x, me))
        tc.sleep(delays[x])
        return x * 10

    started = tc.now()
    result = sol.parallel_map(fn, list(items))
    elapsed = tc.now() - started
    expected = [x * 10 for x in items]
    if isinstance(result, list) and None in result and len(result) == len(items):
        tc.fail({"en": f"parallel_map returned {result}, expected {expected}: it returned before "
                       f"every thread had finished; join() each thread before reading the results",
                 "ru": f"parallel_map вернула {result}, а ожидалось {expected}: она вернулась раньше, "
                       f"чем закончились все потоки; дождитесь каждого потока (join()), прежде чем "
                       f"читать результаты"})
    tc.expect(result == expected,
              {"en": f"parallel_map returned {result!r}, expected {expected} (the results of "
                     f"fn(item) in the order of items {items})",
               "ru": f"parallel_map вернула {result!r}, а ожидалось {expected} (результаты fn(item) "
                     f"в порядке элементов {items})"})
    called = sorted(item for item, _ in calls)
    tc.expect(called == sorted(items), {"en": f"fn was called with {called}, expected each of {items} once",
                                        "ru": f"fn вызывалась с {called}, а ожидался ровно один вызов с каждым из {items}"})
    threads = {id(t) for _, t in calls}
    tc.expect(len(threads) == len(items),
              {"en": f"the {len(items)} calls of fn ran in {len(threads)} thread(s): each item needs "
                     f"a thread of its own",
               "ru": f"вызовов fn: {len(items)}, а потоков, в которых они выполнялись: {len(threads)}; "
                     f"каждому элементу нужен свой поток"})
    longest = max(delays[x] for x in items)
    # All at once take `longest` (a polling wait may add a little); any two in a row take more.
    tc.expect(elapsed < longest + min(delays[x] for x in items),
              {"en": f"parallel_map took {elapsed:g} s (virtual time) for calls of "
                     f"{', '.join(f'{delays[x]:g}' for x in items)} s each, expected {longest:g} s: "
                     f"the threads ran one after another; start all of them before joining any",
               "ru": f"parallel_map заняла {elapsed:g} с (виртуального времени) на вызовы по "
                     f"{', '.join(f'{delays[x]:g}' for x in items)} с, а ожидалось {longest:g} с: "
                     f"потоки шли один за другим; запустите все потоки, прежде чем ждать (join) хотя бы один"})


@tc.scenario({"en": "no items: an empty list, no threads", "ru": "нет элементов: пустой список, ни одного потока"}, bound=0)
def empty(sol):
    result = sol.parallel_map(lambda x: x, [])
    tc.expect(result == [], {"en": f"parallel_map(fn, []) returned {result!r}, expected []",
                             "ru": f"parallel_map(fn, []) вернула {result!r}, а ожидалось []"})


@tc.scenario({"en": "three items, the last one finishes first", "ru": "три элемента, последний заканчивается первым"}, bound=2)
def three_items(sol):
    _map(sol, [1, 2, 3], {1: 3, 2: 2, 3: 1})
