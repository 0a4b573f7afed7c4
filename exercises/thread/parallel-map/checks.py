"""Checks of thread/parallel-map: one thread per item, all at once, results in input order."""

import threadcheck as tc


def _map(sol, items, delays):
    """Call parallel_map with an fn that sleeps delays[x] (virtual) seconds and returns x * 10."""
    caller = tc.threading.current_thread()
    calls = []  # (item, thread), in the order fn was called

    def fn(x):
        me = tc.threading.current_thread()
        tc.expect(me is not caller,
                  f"fn({x!r}) ran in {me.name}, the thread that called parallel_map: "
                  f"Thread(target=fn(x)) calls fn at once; pass the function itself, target=fn")
        earlier = [item for item, _ in calls]
        tc.expect(x not in earlier,
                  f"fn({x!r}) was called a second time (calls so far: {earlier + [x]}), and "
                  f"never with some other item: a thread read a loop variable after the loop "
                  f"had moved on; pass each item to its thread with args=(...)")
        calls.append((x, me))
        tc.sleep(delays[x])
        return x * 10

    started = tc.now()
    result = sol.parallel_map(fn, list(items))
    elapsed = tc.now() - started
    expected = [x * 10 for x in items]
    if isinstance(result, list) and None in result and len(result) == len(items):
        tc.fail(f"parallel_map returned {result}, expected {expected}: it returned before "
                f"every thread had finished; join() each thread before reading the results")
    tc.expect(result == expected,
              f"parallel_map returned {result!r}, expected {expected} (the results of "
              f"fn(item) in the order of items {items})")
    called = sorted(item for item, _ in calls)
    tc.expect(called == sorted(items), f"fn was called with {called}, expected each of {items} once")
    threads = {id(t) for _, t in calls}
    tc.expect(len(threads) == len(items),
              f"the {len(items)} calls of fn ran in {len(threads)} thread(s): each item needs "
              f"a thread of its own")
    longest = max(delays[x] for x in items)
    # All at once take `longest` (a polling wait may add a little); any two in a row take more.
    tc.expect(elapsed < longest + min(delays[x] for x in items),
              f"parallel_map took {elapsed:g} s (virtual time) for calls of "
              f"{', '.join(f'{delays[x]:g}' for x in items)} s each, expected {longest:g} s: "
              f"the threads ran one after another; start all of them before joining any")


@tc.scenario({"en": "no items: an empty list, no threads", "ru": "нет элементов: пустой список, ни одного потока"}, bound=0)
def empty(sol):
    result = sol.parallel_map(lambda x: x, [])
    tc.expect(result == [], f"parallel_map(fn, []) returned {result!r}, expected []")


@tc.scenario({"en": "three items, the last one finishes first", "ru": "три элемента, последний заканчивается первым"}, bound=2)
def three_items(sol):
    _map(sol, [1, 2, 3], {1: 3, 2: 2, 3: 1})
