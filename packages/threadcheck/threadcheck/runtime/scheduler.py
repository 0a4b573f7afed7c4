"""The controlled scheduler: logical threads on real carriers, exactly one running at a time.

Every logical thread runs on a real thread (a carrier) but only while it holds its baton;
at each scheduling point the running thread asks the strategy who runs next and, if that
is someone else, releases their baton and waits for its own. So the order of every
observable operation is decided here, reproducibly, and recorded as a list of decisions
(the replay token).

The scheduler knows nothing about strategies beyond ``strategy.choose(choices, current)``;
it knows nothing about checks beyond invariants (callables evaluated at each step).
Virtual time: sleeps and timeouts set a deadline; the clock only moves when no thread can
run, jumping to the earliest deadline.
"""

import _thread
import sys
import traceback

from .. import errors
from ..errors import Abort, Failure
from . import deadlock
from .carriers import POOL
from .races import RaceDetector, vc_join

NEW, RUNNABLE, BLOCKED, DONE = "new", "runnable", "blocked", "done"

# A logical thread that keeps catching Abort is frozen (its carrier leaked) after this many
# scheduling points, so hostile code cannot keep a dead schedule alive.
_ABORT_PATIENCE = 200


class LThread:
    __slots__ = (
        "tid", "name", "sched", "state", "waiting", "deadline", "timed_out", "baton",
        "vc", "handle", "daemon", "line", "body", "held", "consecutive", "abort_hits",
        "released_on_abort",
    )

    def __init__(self, sched, tid, name, body, handle, daemon):
        self.tid = tid
        self.name = name
        self.sched = sched
        self.state = RUNNABLE
        self.waiting = None
        self.deadline = None
        self.timed_out = False
        self.baton = _thread.allocate_lock()
        self.baton.acquire()
        self.vc = [0] * (tid + 1)
        self.vc[tid] = 1
        self.handle = handle
        self.daemon = daemon
        self.line = None
        self.body = body
        self.held = []
        self.consecutive = 0
        self.abort_hits = 0
        self.released_on_abort = False


class Options:
    """Per-run limits; defaults suit the catalogue's small scenarios."""

    def __init__(self, max_steps=20000, max_threads=64, output_limit=256 * 1024,
                 fair_limit=64, solution_filename="solution.py", detect_races=True):
        # Off for "possible outputs" programs: their races are the point, not a finding.
        self.detect_races = detect_races
        self.max_steps = max_steps
        self.max_threads = max_threads
        self.output_limit = output_limit
        self.fair_limit = fair_limit
        self.solution_filename = solution_filename


class Scheduler:
    def __init__(self, strategy, options=None):
        self.strategy = strategy
        self.options = options or Options()
        self.threads = []
        self.live = []
        self.current = None
        self.clock = 0.0
        self.steps = 0
        self.decisions = []
        self.preempted = []  # per decision: did it switch away from a thread that could go on
        self.trace = []
        self.failure = None
        self.completed = False
        self.aborted = False
        self.finished = _thread.allocate_lock()
        self.finished.acquire()
        self.output = []
        self.output_size = 0
        self.reached = set()
        self.invariants = []
        self.races = RaceDetector()
        self.labels = {}
        self.counters = {}
        self.deprecated = set()
        self.main = None

    # ------------------------------------------------------------------ run lifecycle
    def launch(self, body, name="MainThread"):
        """Start the run's main logical thread; called by the controller (a real thread)."""
        main = LThread(self, 0, name, body, None, False)
        self.main = main
        self.threads.append(main)
        self.live.append(main)
        self.current = main
        POOL.take().assign(main)
        main.baton.release()

    def wait_finished(self, timeout):
        """Controller side: wait (real time) for the run to end; False if it did not."""
        return self.finished.acquire(True, timeout)

    def run_lthread(self, lt):
        """Carrier side: run one logical thread from its first turn to its end."""
        lt.baton.acquire()
        if self.aborted:
            return
        try:
            lt.body()
        except Abort:
            return
        except BaseException as exc:  # a thread died: that is a finding, not a crash
            if not self.aborted:
                self._crashed(lt, exc)
            return
        if not self.aborted:
            self._exit(lt)

    def spawn(self, parent, handle, name, daemon, body):
        if len(self.threads) >= self.options.max_threads:
            self.fail(errors.RESOURCE,
                      f"too many threads: a schedule started more than {self.options.max_threads}",
                      parent)
        lt = LThread(self, len(self.threads), name, body, handle, daemon)
        lt.vc = list(parent.vc) + [0] * (lt.tid + 1 - len(parent.vc))
        lt.vc[lt.tid] = 1
        parent.vc[parent.tid] += 1
        try:
            carrier = POOL.take()
        except RuntimeError:  # "can't start new thread": the sandbox's process or memory limit
            self.fail(errors.RESOURCE,
                      f"could not start another thread after {len(self.threads)}: "
                      f"the process or memory limit was reached", parent)
        self.threads.append(lt)
        self.live.append(lt)
        carrier.assign(lt)
        return lt

    def _exit(self, lt):
        lt.state = DONE
        self.live.remove(lt)
        self._record(lt, "finish", None, None, None)
        self.wake(lt)
        if not any(not t.daemon for t in self.live):
            self._complete()
            return
        self._switch(lt)

    def _complete(self):
        self.completed = True
        self._release_all(None)
        self.finished.release()

    # ------------------------------------------------------------------ scheduling
    def point(self, lt, op, target=None, line=None, detail=None):
        """A scheduling point before `lt` performs `op`: maybe let another thread run first."""
        if self.aborted:
            self._abort_hit(lt)
        if line is not None:
            lt.line = line
        if len(self.live) > 1:
            self._maybe_switch(lt)
        self.steps += 1
        if self.steps > self.options.max_steps:
            self._step_limit(lt)
        self._record(lt, op, target, lt.line, detail)
        if self.invariants:
            self._check_invariants(lt)

    def tick(self, lt, line):
        """A loop iteration in the submission: counts towards the step bound, no switch."""
        if self.aborted:
            self._abort_hit(lt)
        lt.line = line
        self.steps += 1
        if self.steps > self.options.max_steps:
            self._step_limit(lt)

    def _maybe_switch(self, lt):
        runnable = [t for t in self.live if t.state == RUNNABLE]
        if len(runnable) == 1:
            lt.consecutive += 1
            return
        nxt = self._decide(runnable, lt)
        if nxt is lt:
            lt.consecutive += 1
            return
        self._handoff(lt, nxt)

    def _decide(self, runnable, lt):
        # Fairness: a thread that ran fair_limit steps in a row while others could run
        # yields, as a real OS scheduler would make it, so that spin-waits terminate.
        if lt.consecutive >= self.options.fair_limit and len(runnable) > 1 and lt in runnable:
            runnable = [t for t in runnable if t is not lt]
        if len(runnable) == 1:
            return runnable[0]
        current = lt.tid if lt.state == RUNNABLE else None
        tid = self.strategy.choose([t.tid for t in runnable], current)
        self.decisions.append(tid)
        self.preempted.append(current is not None and tid != current)
        return self.threads[tid]

    def _handoff(self, me, nxt):
        me.consecutive = 0
        self.current = nxt
        nxt.baton.release()
        if me.state == DONE:
            return
        me.baton.acquire()
        if self.aborted:
            self._abort_hit(me)

    def _switch(self, me):
        """`me` cannot continue (blocked or done): run someone else, advancing time if needed."""
        while True:
            runnable = [t for t in self.live if t.state == RUNNABLE]
            if runnable:
                break
            if not self._advance_clock(me):
                self._stuck(me)
                return
        nxt = runnable[0] if len(runnable) == 1 else self._decide(runnable, me)
        if nxt is me:
            return
        self._handoff(me, nxt)

    def block(self, lt, waiting, deadline=None):
        """Park `lt` until woken (True) or until virtual time reaches `deadline` (False)."""
        lt.state = BLOCKED
        lt.waiting = waiting
        lt.deadline = deadline
        lt.timed_out = False
        self._switch(lt)
        return not lt.timed_out

    def wake(self, waiting):
        for t in self.live:
            if t.state == BLOCKED and t.waiting is waiting:
                self._make_runnable(t)

    def wake_thread(self, t):
        if t.state == BLOCKED:
            self._make_runnable(t)

    @staticmethod
    def _make_runnable(t):
        t.state = RUNNABLE
        t.waiting = None
        t.deadline = None

    def _advance_clock(self, me):
        deadlines = [t.deadline for t in self.live if t.state == BLOCKED and t.deadline is not None]
        if not deadlines:
            return False
        self.clock = max(self.clock, min(deadlines))
        for t in self.live:
            if t.state == BLOCKED and t.deadline is not None and t.deadline <= self.clock:
                self._make_runnable(t)
                t.timed_out = True
        self._record(me, "clock", None, None, f"virtual time is now {self.clock:g} s")
        return True

    def _stuck(self, me):
        """No thread can run and no timer is pending."""
        if not any(not t.daemon for t in self.live):
            self._complete()
        else:
            blocked = [t for t in self.live if t.state == BLOCKED]
            message, cycle = deadlock.explain(blocked)
            self._set_failure(Failure(errors.DEADLOCK, message, self.steps,
                                      threads=cycle or [t.name for t in blocked]), me)
        if me.state != DONE:
            raise Abort()

    # ------------------------------------------------------------------ observations
    def _record(self, lt, op, target, line, detail):
        self.trace.append((self.steps, lt.tid, op, target, line, detail))

    def access(self, lt, key, keep, label, is_write, op):
        if not self.options.detect_races:
            return
        race = self.races.access(key, keep, label, is_write, lt, lt.line, self.steps, op)
        if race is not None:
            self.fail(errors.RACE, race.message(), lt,
                      threads=[race.earlier.thread, race.later.thread],
                      details={"location": label, "steps": [race.earlier.step, race.later.step]})

    def hb_release(self, lt, sync):
        vc = getattr(sync, "_tc_vc", None)
        if vc is None:
            vc = sync._tc_vc = []
        vc_join(vc, lt.vc)
        lt.vc[lt.tid] += 1

    def hb_acquire(self, lt, sync):
        vc = getattr(sync, "_tc_vc", None)
        if vc:
            vc_join(lt.vc, vc)

    def hb_join(self, lt, other):
        vc_join(lt.vc, other.vc)

    def write_output(self, lt, text):
        self.output_size += len(text)
        if self.output_size > self.options.output_limit:
            self.fail(errors.RESOURCE,
                      f"output limit exceeded: more than {self.options.output_limit} characters printed",
                      lt)
        self.output.append((lt.tid, text))

    def label(self, obj, kind):
        label = getattr(obj, "_tc_label", None)
        if label is None:
            n = self.counters.get(kind, 0) + 1
            self.counters[kind] = n
            label = f"{kind}#{n}"
        return label

    def _check_invariants(self, lt):
        for fn, message in self.invariants:
            try:
                ok = fn()
            except Abort:
                raise
            except BaseException as exc:
                if isinstance(message, dict):
                    self.fail(errors.ASSERTION, {
                        "en": f"{message['en']} (the invariant raised {exc!r})",
                        "ru": f"{message.get('ru') or message['en']} (проверка инварианта упала: {exc!r})",
                    }, lt)
                self.fail(errors.ASSERTION, f"{message} (the invariant raised {exc!r})", lt)
            if not ok:
                self.fail(errors.ASSERTION, message, lt)

    # ------------------------------------------------------------------ failures and abort
    def fail(self, kind, message, lt, threads=(), details=None):
        """Record a failure found by the running thread `lt` and end the schedule.

        `message` is English, or {"en": ..., "ru": ...} (errors.split_message)."""
        self._set_failure(Failure(kind, message, self.steps, threads, details), lt)
        raise Abort()

    def _set_failure(self, failure, lt):
        if self.failure is None and not self.aborted:
            self.failure = failure
            self._release_all(lt)
            self.finished.release()

    def _crashed(self, lt, exc):
        kind, message = classify_exception(exc, lt.name, self.options.solution_filename)
        self._set_failure(Failure(kind, message, self.steps, [lt.name]), lt)

    def _step_limit(self, lt):
        # Threads that can still act: not those parked for good (a join, a lock, a wait
        # without timeout), else one endless loop joined by main would read as a livelock.
        running = [t for t in self.live
                   if t.state == RUNNABLE or (t.state == BLOCKED and t.deadline is not None)]
        limit = self.options.max_steps
        if len(running) > 1:
            names = ", ".join(t.name for t in running)
            self.fail(errors.LIVELOCK, {
                "en": f"no end after {limit} steps: {names} keep running without finishing "
                      f"(busy waiting or a livelock?)",
                "ru": f"нет конца и после {limit} шагов: {names} всё работают и не завершаются "
                      f"(активное ожидание или livelock?)",
            }, lt, threads=[t.name for t in running])
        exit_en, exit_ru = self._exit_blocked_by(lt)
        self.fail(errors.TIMEOUT, {
            "en": f"{lt.name} ran {limit} steps without finishing (an endless loop?)"
                  + (f", last at line {lt.line}" if lt.line else "") + exit_en,
            "ru": f"{lt.name} сделал {limit} шагов и не завершился (бесконечный цикл?)"
                  + (f", последний шаг в строке {lt.line}" if lt.line else "") + exit_ru,
        }, lt, threads=[lt.name])

    def _exit_blocked_by(self, lt):
        """Why an endless thread matters once the main thread is done: the program can't exit.
        (English, Russian)."""
        if self.main is None or self.main.state != DONE or lt.daemon:
            return "", ""
        return (f"; the main thread had already finished, and a program waits for its "
                f"non-daemon threads at exit, so it would never end (should {lt.name} be a "
                f"daemon?)",
                f"; главный поток уже завершился, а программа при выходе ждёт свои потоки, "
                f"не являющиеся демонами, так что она бы не закончилась никогда (не сделать ли "
                f"{lt.name} демоном?)")

    def watchdog_expired(self, seconds):
        """Controller side: the run took too long in real time (code with no scheduling point)."""
        lt = self.current
        where = f" (last seen at line {lt.line})" if lt is not None and lt.line else ""
        self._set_failure(Failure(errors.TIMEOUT,
                                  f"a schedule ran for more than {seconds:g} s of real time "
                                  f"without finishing{where}", self.steps), None)

    def _release_all(self, caller):
        """End the schedule: every other live thread is woken to unwind with Abort.

        Every live thread's baton is held (parked threads wait on it; the running one
        holds it), so releasing each once, except the caller's, is always safe.
        """
        self.aborted = True
        for t in self.live:
            if t is not caller and not t.released_on_abort:
                t.released_on_abort = True
                t.baton.release()

    def _abort_hit(self, lt):
        lt.abort_hits += 1
        if lt.abort_hits > _ABORT_PATIENCE:
            freezer = _thread.allocate_lock()
            freezer.acquire()
            freezer.acquire()  # never returns: the carrier is given up
        raise Abort()


def classify_exception(exc, thread_name, solution_filename):
    """Map an uncaught exception in a logical thread to (kind, message); the message is
    {"en", "ru"} where threadcheck words it, plain text where the exception's own text is
    the whole message."""
    where = _solution_line(exc, solution_filename)
    at = f" at line {where}" if where else ""
    at_ru = f" в строке {where}" if where else ""
    name = type(exc).__name__
    try:
        text = str(exc)
    except BaseException:  # the submission's own __str__ failed: still a finding, not a hang
        text = "(its message could not be shown: str() of it raised)"
    desc = f"{name}: {text}" if text else name
    if isinstance(exc, errors.ForbiddenError):
        return errors.FORBIDDEN, text
    if isinstance(exc, errors.ResourceError):
        return errors.RESOURCE, text
    if isinstance(exc, AssertionError):
        return errors.ASSERTION, text or {"en": f"assertion failed in {thread_name}{at}",
                                          "ru": f"assert не выполнился в {thread_name}{at_ru}"}
    if isinstance(exc, (MemoryError, RecursionError)):
        memory = isinstance(exc, MemoryError)
        return errors.RESOURCE, {
            "en": f"{thread_name} ran out of {'memory' if memory else 'stack'}{at} ({desc})",
            "ru": f"{thread_name}: {'закончилась память' if memory else 'переполнен стек'}{at_ru} ({desc})",
        }
    if isinstance(exc, (SystemExit, KeyboardInterrupt)):
        return errors.EXCEPTION, {
            "en": f"{thread_name} tried to end the program ({name}){at}: a solution must return normally",
            "ru": f"{thread_name} попытался завершить программу ({name}){at_ru}: решение должно "
                  f"просто вернуть управление",
        }
    return errors.EXCEPTION, {"en": f"{thread_name} raised {desc}{at}",
                              "ru": f"{thread_name} выбросил исключение {desc}{at_ru}"}


def _solution_line(exc, filename):
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == filename:
            line = lineno
    return line

