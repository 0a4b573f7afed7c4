"""Thread, Timer and the module-level thread functions, over logical threads.

Names follow CPython 3.10+ ("Thread-3 (worker)"), numbered per schedule so that traces are
the same in every schedule. Misuse raises the errors real `threading` raises.
"""

from ..runtime.scheduler import DONE
from ..runtime import context
from .base import caller
from .event import Event

TIMEOUT_MAX = 4294967.0


class Thread:
    _tc_kind = "Thread"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        lt, s = caller()
        n = s.counters.get("Thread", 0) + 1
        s.counters["Thread"] = n
        if name is None:
            name = f"Thread-{n}"
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = str(name)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = lt.daemon if daemon is None else bool(daemon)
        self._tc_lt = None
        self._started = False
        self._initialized = True

    # -- lifecycle
    def start(self):
        lt, s = caller()
        if not getattr(self, "_initialized", False):
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        s.point(lt, "start", self._name)
        self._started = True
        self._tc_lt = s.spawn(lt, self, self._name, self._daemonic, self.run)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        lt, s = caller()
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self._tc_lt is lt:
            raise RuntimeError("cannot join current thread")
        s.point(lt, "join", self._name)
        target = self._tc_lt
        deadline = None if timeout is None else s.clock + max(0.0, timeout)
        while target.state != DONE:
            if deadline is not None and deadline <= s.clock:
                break
            s._record(lt, "blocked", self._name, lt.line, "waiting for it to finish")
            if not s.block(lt, target, deadline):
                break
        if target.state == DONE:
            s.hb_join(lt, target)
        else:
            s._record(lt, "timeout", self._name, lt.line, "join timed out; the thread is still running")

    def is_alive(self):
        lt, s = caller()
        s.point(lt, "is_alive", self._name)
        if not self._started:
            return False
        if self._tc_lt.state == DONE:
            # CPython learns this by acquiring the ended thread's lock: ordered like join().
            s.hb_join(lt, self._tc_lt)
            return False
        return True

    # -- properties
    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)
        if self._tc_lt is not None:
            self._tc_lt.name = self._name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(value)

    @property
    def ident(self):
        return None if self._tc_lt is None else _ident(self._tc_lt)

    native_id = ident

    # -- names deprecated since Python 3.10 (the lecture uses them)
    def getName(self):
        _deprecated("getName")
        return self.name

    def setName(self, name):
        _deprecated("setName")
        self.name = name

    def isDaemon(self):
        _deprecated("isDaemon")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("setDaemon")
        self.daemon = daemonic

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "stopped" if self._tc_lt.state == DONE else "started"
        if self._daemonic:
            status += " daemon"
        return f"<{type(self).__name__}({self._name}, {status})>"


class _MainThread(Thread):
    """The handle of a schedule's main logical thread (created on first request)."""

    def __init__(self, lt):
        self._target = None
        self._name = lt.name
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._tc_lt = lt
        self._started = True
        self._initialized = True


class Timer(Thread):
    """CPython's Timer, verbatim in spirit: waits on an Event, so it runs in virtual time."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _ident(lt):
    # Deterministic stand-ins for OS thread ids.
    return 1000 + lt.tid


def _deprecated(name):
    lt = context.current_lthread_or_none()
    if lt is not None:
        lt.sched.deprecated.add(name)


def _handle(lt):
    if lt.handle is None:
        lt.handle = _MainThread(lt)
    return lt.handle


def current_thread():
    lt, _ = caller()
    return _handle(lt)


def currentThread():
    _deprecated("currentThread")
    return current_thread()


def main_thread():
    _, s = caller()
    return _handle(s.main)


def enumerate():
    lt, s = caller()
    s.point(lt, "enumerate", None)
    return [_handle(t) for t in s.live]


def active_count():
    lt, s = caller()
    s.point(lt, "active_count", None)
    return len(s.live)


def activeCount():
    _deprecated("activeCount")
    return active_count()


def get_ident():
    lt, _ = caller()
    return _ident(lt)


get_native_id = get_ident


def stack_size(size=0):
    return 0
