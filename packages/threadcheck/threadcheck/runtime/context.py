"""Which logical thread the calling real thread is running.

Carriers (real threads) host one logical thread at a time; the public API and the fake
``threading`` module find the scheduler of the caller through this thread-local, so that
a carrier still unwinding an aborted schedule never touches the next schedule's state.
"""

import _thread

_tls = _thread._local()


def bind(lthread):
    _tls.lthread = lthread


def current_lthread():
    lt = getattr(_tls, "lthread", None)
    if lt is None:
        raise RuntimeError("threadcheck: this code must run inside a threadcheck scenario")
    return lt


def current_lthread_or_none():
    return getattr(_tls, "lthread", None)


def current_scheduler():
    return current_lthread().sched
