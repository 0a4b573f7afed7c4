"""Checks of enumerate/join-all: join every other non-daemon thread, including late ones."""

import threadcheck as tc


def _joined(names, threads, where, where_ru=""):
    alive = [t.name for t in threads if t.is_alive()]
    tc.expect(not alive,
              {"en": f"join_all() returned while {', '.join(alive)} {'was' if len(alive) == 1 else 'were'} "
                     f"still running{where}",
               "ru": f"join_all() вернулся, пока {', '.join(alive)} ещё "
                     f"{'работал' if len(alive) == 1 else 'работали'}{where_ru}"})
    want = sorted(t.name for t in threads)
    tc.expect(isinstance(names, list) and sorted(names) == want,
              {"en": f"join_all() returned {names!r}, expected the names {want} (in any order)",
               "ru": f"join_all() вернул {names!r}, а ожидались имена {want} (в любом порядке)"})


@tc.scenario({"en": "main waits for two workers; a daemon that never ends is skipped", "ru": "главный поток ждёт двух рабочих; демон, который не закончится никогда, пропускается"}, bound=2)
def workers_and_daemon(sol):
    never = tc.threading.Event()
    tc.spawn(never.wait, name="D", daemon=True)
    workers = [tc.spawn(tc.sleep, 2, name="W1"), tc.spawn(tc.sleep, 1, name="W2")]
    _joined(sol.join_all(), workers, "")


@tc.scenario({"en": "a worker starts another thread while join_all waits", "ru": "рабочий поток запускает ещё один, пока join_all ждёт"}, bound=2)
def late_thread(sol):
    late = []

    def parent():
        tc.sleep(1)
        late.append(tc.spawn(tc.sleep, 1, name="C"))

    p = tc.spawn(parent, name="P")
    names = sol.join_all()
    _joined(names, [p] + late,
            ": P started C after join_all had listed the threads; list them again until "
            "no other non-daemon thread is left",
            ": P запустил C уже после того, как join_all перечислил потоки; перечисляйте их "
            "заново, пока не останется ни одного другого потока, кроме демонов")


@tc.scenario({"en": "a supervisor thread calls join_all", "ru": "поток-надзиратель вызывает join_all"}, bound=2)
def supervisor(sol):
    worker = tc.spawn(tc.sleep, 1, name="W1")
    out = []
    tc.join(tc.spawn(lambda: out.append(sol.join_all()), name="Supervisor"))
    _joined(out[0], [worker], "")
