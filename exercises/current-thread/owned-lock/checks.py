"""Checks of current-thread/owned-lock: exclusion, and the owner is the calling thread itself."""

import threadcheck as tc


@tc.scenario({"en": "two threads take turns holding the lock", "ru": "два потока по очереди держат лок"}, bound=2)
def take_turns(sol):
    lock = sol.OwnedLock()
    inside = []
    tc.invariant(lambda: len(inside) <= 1,
                 {"en": "two threads hold the lock at the same time: acquire() returned while "
                        "another thread held it",
                  "ru": "два потока держат лок одновременно: acquire() вернулся, пока лок "
                        "держал другой поток"})

    def worker():
        me = tc.threading.current_thread().name
        lock.acquire()
        inside.append(me)
        tc.sleep(1)
        inside.remove(me)
        lock.release()

    tc.join(tc.spawn(worker, name="W1"), tc.spawn(worker, name="W2"))


@tc.scenario({"en": "a thread that does not hold the lock cannot release it, even with the same name", "ru": "поток, который не держит лок, не может его отпустить, даже если у него то же имя"},
             bound=2)
def foreign_release(sol):
    lock = sol.OwnedLock()
    state = {"held": False}

    def holder():
        lock.acquire()
        state["held"] = True
        tc.sleep(1)
        state["held"] = False
        try:
            lock.release()
        except RuntimeError as exc:
            tc.fail({"en": f"the thread that acquired the lock could not release it: RuntimeError: {exc}",
                     "ru": f"поток, захвативший лок, не смог его отпустить: RuntimeError: {exc}"})

    def intruder():
        me = tc.threading.current_thread().name
        held = state["held"]
        try:
            lock.release()
        except RuntimeError:
            return
        if held and me == "worker":
            tc.fail({"en": "release() by a thread named 'worker' returned while another thread named "
                           "'worker' held the lock, expected RuntimeError: two threads may share a "
                           "name, so compare the threads themselves (current_thread()), not their names",
                     "ru": "release() в потоке с именем 'worker' вернулся, пока лок держал другой "
                           "поток с именем 'worker', а ожидалась RuntimeError: у двух потоков может быть "
                           "одно имя, поэтому сравнивайте сами потоки (current_thread()), а не их имена"})
        tc.fail({"en": f"release() by {me}, which does not hold the lock, returned; expected RuntimeError",
                 "ru": f"release() в потоке {me}, который не держит лок, вернулся, а ожидалась RuntimeError"})

    tc.join(tc.spawn(holder, name="worker"), tc.spawn(intruder, name="intruder"),
            tc.spawn(intruder, name="worker"))


@tc.scenario({"en": "the holder acquires again: RuntimeError, not a deadlock", "ru": "владелец захватывает лок повторно: RuntimeError, а не взаимная блокировка"}, bound=1)
def acquire_twice(sol):
    lock = sol.OwnedLock()
    lock.acquire()
    try:
        lock.acquire()
    except RuntimeError:
        pass
    else:
        tc.fail({"en": "a second acquire() by the thread that holds the lock returned: expected RuntimeError",
                 "ru": "повторный acquire() в потоке, который уже держит лок, вернулся, а ожидалась "
                       "RuntimeError"})
    lock.release()

    def other():
        lock.acquire()
        lock.release()

    tc.join(tc.spawn(other, name="W1"))
