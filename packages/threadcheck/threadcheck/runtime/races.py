"""Happens-before data-race detection with vector clocks.

The algorithm follows FastTrack (C. Flanagan and S. N. Freund, "FastTrack: Efficient and
Precise Dynamic Race Detection", PLDI 2009): each location remembers the epoch
(thread, clock) of its last write and the clocks of the reads since then; an access races
with an earlier one when the earlier access's epoch is not covered by the accessing
thread's vector clock. Reads are kept per thread (a small dict) rather than switching
between epoch and vector representations: threads per schedule are few.

Synchronisation objects carry a vector clock too: releasing one joins the releasing
thread's clock into it, acquiring one joins it into the acquirer's (locks, semaphores,
events, conditions through their lock, barriers, thread start and join).
"""

from .labels import format_target


def vc_join(into, other):
    """into := pointwise max(into, other); both are lists indexed by thread id."""
    n = len(other)
    if len(into) < n:
        into.extend([0] * (n - len(into)))
    for i in range(n):
        if other[i] > into[i]:
            into[i] = other[i]


def vc_get(vc, tid):
    return vc[tid] if tid < len(vc) else 0


class Access:
    __slots__ = ("tid", "clock", "thread", "op", "line", "step")

    def __init__(self, tid, clock, thread, op, line, step):
        self.tid = tid
        self.clock = clock
        self.thread = thread
        self.op = op
        self.line = line
        self.step = step


class Race:
    """Two conflicting accesses to one location with no happens-before order between them."""

    __slots__ = ("label", "earlier", "later")

    def __init__(self, label, earlier, later):
        self.label = label
        self.earlier = earlier
        self.later = later

    def message(self):
        """{"en", "ru"}: who accessed what where, and that nothing orders the two."""
        e, l = self.earlier, self.later
        where = format_target(self.label)
        return {
            "en": f"data race on {where}: {e.thread} {_VERBS['en'][e.op]} it{_at('en', e.line)} "
                  f"and {l.thread} {_VERBS['en'][l.op]} it{_at('en', l.line)}, and nothing "
                  f"(no lock, join, event or semaphore) orders the two",
            "ru": f"гонка данных на {where}: {e.thread} {_VERBS['ru'][e.op]} это"
                  f"{_at('ru', e.line)}, а {l.thread} {_VERBS['ru'][l.op]}{_at('ru', l.line)}, "
                  f"и ничто (ни лок, ни join, ни Event, ни семафор) не упорядочивает эти два "
                  f"обращения",
        }


class _Verbs(dict):
    def __missing__(self, op):
        return op


_VERBS = {
    "en": _Verbs(read="read", write="wrote", call="used"),
    "ru": _Verbs(read="прочитал", write="записал", call="использовал"),
}


def _at(lang, line):
    if not line:
        return ""
    return f" (line {line})" if lang == "en" else f" (строка {line})"


class _Shadow:
    __slots__ = ("write", "reads", "keep")

    def __init__(self, keep):
        self.write = None  # Access of the last write
        self.reads = {}  # tid -> Access of its last read since that write
        self.keep = keep  # a reference that keeps id()-based keys valid


class RaceDetector:
    def __init__(self):
        self._shadow = {}

    def access(self, key, keep, label, is_write, lthread, line, step, op):
        """Record an access; return a Race if it conflicts with an unordered earlier one."""
        sh = self._shadow.get(key)
        if sh is None:
            sh = self._shadow[key] = _Shadow(keep)
        vc = lthread.vc
        tid = lthread.tid
        w = sh.write
        if w is not None and w.tid != tid and w.clock > vc_get(vc, w.tid):
            return Race(label, w, self._mk(lthread, op, line, step))
        if is_write:
            for rtid, r in sh.reads.items():
                if rtid != tid and r.clock > vc_get(vc, rtid):
                    return Race(label, r, self._mk(lthread, op, line, step))
            sh.write = self._mk(lthread, op, line, step)
            sh.reads = {}
        else:
            sh.reads[tid] = self._mk(lthread, op, line, step)
        return None

    @staticmethod
    def _mk(lthread, op, line, step):
        return Access(lthread.tid, lthread.vc[lthread.tid], lthread.name, op, line, step)
