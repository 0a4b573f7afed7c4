"""Checks of condition/bounded-buffer: exactly-once FIFO delivery within capacity, no deadlock."""

import threadcheck as tc


class Ledger:
    """What the checks saw, updated atomically around each call (check code is not scheduled)."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.puts_returned = 0
        self.gets_started = 0
        self.received = []

    def overfull(self):
        # Items still inside >= puts that returned - gets that began; above capacity is a bug.
        return self.puts_returned - self.gets_started > self.capacity


def _run(sol, capacity, producers, consumers):
    """producers: items each producer puts; consumers: how many gets each consumer does."""
    buf = sol.BoundedBuffer(capacity)
    ledger = Ledger(capacity)
    tc.invariant(lambda: not ledger.overfull(),
                 {"en": f"the buffer holds more than its capacity {capacity}: a put did not wait while full",
                  "ru": f"в буфере больше элементов, чем его ёмкость {capacity}: put не стал ждать, "
                        f"хотя буфер был полон"})

    def produce(p, count):
        for i in range(count):
            buf.put((p, i))
            ledger.puts_returned += 1

    def consume(c, count):
        got = []
        for _ in range(count):
            ledger.gets_started += 1
            got.append(buf.get())
        ledger.received.append((c, got))

    threads = [tc.spawn(produce, p, n, name=f"P{p + 1}") for p, n in enumerate(producers)]
    threads += [tc.spawn(consume, c, n, name=f"C{c + 1}") for c, n in enumerate(consumers)]
    tc.join(*threads)

    everything = sorted(item for _, got in ledger.received for item in got)
    expected = sorted((p, i) for p, n in enumerate(producers) for i in range(n))
    tc.expect(everything == expected,
              {"en": f"items delivered {everything}, expected each of {expected} exactly once",
               "ru": f"доставлены элементы {everything}, а ожидался каждый из {expected} ровно один раз"})
    for c, got in ledger.received:
        for p in range(len(producers)):
            seq = [i for (q, i) in got if q == p]
            tc.expect(seq == sorted(seq),
                      {"en": f"C{c + 1} got P{p + 1}'s items in the order {seq}: the buffer is not FIFO",
                       "ru": f"C{c + 1} получил элементы P{p + 1} в порядке {seq}: буфер нарушает FIFO"})


# Small on purpose. The bounded phase tries schedules in order of preemptions, capped at
# 600 per bound (the full space at bound 2 is ~100k schedules here), then PCT and a random
# walk sample more; every variant in variants/ is found within the capped, seed-independent
# bounded phase, which `pnpm exercises:validate` re-proves on several seeds.
@tc.scenario({"en": "one producer, one consumer, capacity 2", "ru": "один производитель, один потребитель, ёмкость 2"}, bound=2, schedules=600)
def one_to_one(sol):
    _run(sol, 2, [3], [3])


@tc.scenario({"en": "two consumers wait for one producer, capacity 1", "ru": "два потребителя ждут одного производителя, ёмкость 1"}, bound=2, schedules=600)
def two_consumers(sol):
    _run(sol, 1, [2], [1, 1])


@tc.scenario({"en": "two producers wait for one consumer, capacity 1", "ru": "два производителя ждут одного потребителя, ёмкость 1"}, bound=2, schedules=600)
def two_producers(sol):
    _run(sol, 1, [2, 1], [3])
