"""Checks of lock/counter: concurrent increments must never lose an update."""

import threadcheck as tc


def _increment_concurrently(sol, start, threads, per_thread):
    counter = sol.Counter(start)

    def worker():
        for _ in range(per_thread):
            counter.increment()

    tc.join(*[tc.spawn(worker, name=f"T{i + 1}") for i in range(threads)])
    expected = start + threads * per_thread
    value = counter.value
    tc.expect(value == expected,
              {"en": f"value is {value}, expected {expected} after {threads} threads x {per_thread} "
                     f"increments from {start}: an increment was lost",
               "ru": f"value равно {value}, а ожидалось {expected} (потоков: {threads}, увеличений "
                     f"в каждом: {per_thread}, начальное значение: {start}): одно увеличение потерялось"})


@tc.scenario({"en": "one thread counts from the start value", "ru": "один поток считает от начального значения"}, bound=0)
def sequential(sol):
    counter = sol.Counter()
    tc.expect(counter.value == 0, {"en": f"Counter() starts at {counter.value}, expected 0",
                                   "ru": f"Counter() начинает с {counter.value}, а ожидалось 0"})
    _increment_concurrently(sol, 7, 1, 3)


@tc.scenario({"en": "two threads increment twice each", "ru": "два потока увеличивают счётчик по два раза"})
def two_threads(sol):
    _increment_concurrently(sol, 5, 2, 2)


@tc.scenario({"en": "three threads, one increment each", "ru": "три потока, по одному увеличению"}, bound=1)
def three_threads(sol):
    _increment_concurrently(sol, 0, 3, 1)
