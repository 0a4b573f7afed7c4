"""Checks of classic/rw-lock: a writer is alone inside, readers can be inside together."""

import threadcheck as tc


class Room:
    """Who is inside right now, updated atomically right after each acquire returns and
    right before each release begins."""

    def __init__(self):
        self.readers = []
        self.writers = []

    def enter_read(self, me):
        tc.expect(not self.writers,
                  {"en": f"{me} got in to read while {self.writers[0] if self.writers else ''} was "
                         f"writing: acquire_read() must wait until the writer has left",
                   "ru": f"{me} вошёл читать, пока {self.writers[0] if self.writers else ''} писал: "
                         f"acquire_read() должен ждать, пока писатель не выйдет"})
        self.readers.append(me)
        if len(self.readers) >= 2:
            tc.reach("two readers")

    def enter_write(self, me):
        tc.expect(not self.writers,
                  {"en": f"{me} got in to write while {self.writers[0] if self.writers else ''} was "
                         f"writing too: writers exclude each other",
                   "ru": f"{me} вошёл писать, пока {self.writers[0] if self.writers else ''} тоже писал: "
                         f"писатели исключают друг друга"})
        tc.expect(not self.readers,
                  {"en": f"{me} got in to write while {' and '.join(self.readers)} "
                         f"{'was' if len(self.readers) == 1 else 'were'} reading: acquire_write() "
                         f"must wait until every reader has left",
                   "ru": f"{me} вошёл писать, пока {' и '.join(self.readers)} "
                         f"{'читал' if len(self.readers) == 1 else 'читали'}: acquire_write() "
                         f"должен ждать, пока не выйдут все читатели"})
        self.writers.append(me)


def _read(rw, room, me, times=1):
    for _ in range(times):
        rw.acquire_read()
        room.enter_read(me)
        tc.sleep(1)  # reading; the other threads can run meanwhile
        room.readers.remove(me)
        rw.release_read()


def _write(rw, room, me, times=1):
    for _ in range(times):
        rw.acquire_write()
        room.enter_write(me)
        tc.sleep(1)  # writing
        room.writers.remove(me)
        rw.release_write()


def _run(sol, readers, writers):
    """readers, writers: how many times each reader reads and each writer writes."""
    rw = sol.ReadWriteLock()
    room = Room()
    threads = [tc.spawn(_write, rw, room, f"W{i + 1}", n, name=f"W{i + 1}")
               for i, n in enumerate(writers)]
    threads += [tc.spawn(_read, rw, room, f"R{i + 1}", n, name=f"R{i + 1}")
                for i, n in enumerate(readers)]
    tc.join(*threads)


# Small on purpose. Readers and writers stay inside for 1 s of virtual time, so the others
# get to run without a preemption being spent on it. For the reference no bounded level
# reaches its cap; random schedules follow. Every variant in variants/ is caught by this
# seed-independent phase, which `pnpm exercises:validate` re-proves on several seeds.
@tc.scenario({"en": "one thread reads, writes, reads again", "ru": "один поток читает, пишет и снова читает"}, bound=0)
def sequential(sol):
    rw = sol.ReadWriteLock()
    room = Room()
    _read(rw, room, "MainThread")
    _write(rw, room, "MainThread")
    _read(rw, room, "MainThread")


@tc.scenario({"en": "two readers", "ru": "два читателя"}, bound=2, schedules=1000,
             must_reach={"two readers": {"en": "no schedule ever had two readers inside at once: "
                                               "readers must not exclude each other (a plain Lock "
                                               "is safe, but not a read-write lock)",
                                         "ru": "ни в одном чередовании внутри не было двух читателей одновременно: "
                                               "читатели не должны исключать друг друга (обычный Lock безопасен, "
                                               "но это не блокировка читателей и писателей)"}})
def two_readers(sol):
    _run(sol, [1, 1], [])


@tc.scenario({"en": "a writer and a reader who reads twice", "ru": "писатель и читатель, который читает дважды"}, bound=2, schedules=1000)
def writer_and_reader(sol):
    _run(sol, [2], [1])


@tc.scenario({"en": "two writers", "ru": "два писателя"}, bound=2, schedules=1000)
def two_writers(sol):
    _run(sol, [], [1, 1])


@tc.scenario({"en": "a writer and two readers", "ru": "писатель и два читателя"}, bound=0, schedules=1000)
def writer_and_two_readers(sol):
    _run(sol, [1, 1], [1])
