"""The instrumentation keeps Python's semantics and makes every shared access a scheduling point.

Each construct is run under threadcheck and under the real interpreter; the results must be
the same. Then: reads and writes of shared state are separate points (so interleavings
inside one statement are explored), locals are not, and endless loops end at the step bound.
"""

import unittest

from threadcheck.instrument.policy import Policy
from threadcheck.strategies.bounded import BoundedSearch

from .support import (POLICY, call, cpython_call, dedent, failure_text, grade_one, prepared_of, run_once,
                      scenario_from, try_call)
from .test_strategies import run_all

CONSTRUCTS = dedent("""
    import threading

    g = 10
    shared_list = [1, 2, 3]


    def bump_global(n):
        global g
        g += n
        g = g * 2
        return g


    class Box:
        kind = "box"
        instances = 0

        def __init__(self):
            Box.instances += 1
            self.x = 1
            self.items = [0, 1, 2, 3, 4, 5]
            self.d = {"k": 1}

        def augmented(self):
            self.x += 4
            self.x *= 3
            self.d["k"] += 10
            self.items[2] -= 7
            self.items[1:3] += [9]
            shared_list[0] **= 3
            self.x //= 2
            self.x <<= 1
            self.x |= 1
            return [self.x, self.d, self.items, list(shared_list)]


    def unpacking():
        b = Box()
        b.x, b.y = 1, 2
        b.x, b.y = b.y, b.x
        b.a, (b.b, c) = 3, (4, 5)
        first, *b.rest = [1, 2, 3, 4]
        b.head, *mid, b.items[0] = "abcde"
        d = {}
        d["p"], d["q"] = "pq"
        b.u = b.v = [7]
        w = b.items[1] = 8
        return [b.x, b.y, b.a, b.b, c, first, b.rest, b.head, mid, b.items[:2], d, b.u is b.v, w]


    class Grid:
        def __getitem__(self, key):
            return key

        def __setitem__(self, key, value):
            self.last = (key, value)

        def __delitem__(self, key):
            self.deleted = key


    def slices():
        b = Box()
        out = [b.items[1:4], b.items[::2], b.items[::-1], b.items[-2:]]
        b.items[1:3] = ["a", "b", "c"]
        out.append(list(b.items))
        del b.items[::2]
        out.append(list(b.items))
        g = Grid()
        out.append(g[1:2, 3])
        out.append(g[::3])
        g[1:, ..., 2] = "v"
        out.append(g.last)
        del g[:1]
        out.append(g.deleted)
        return out


    def comprehensions():
        b = Box()
        out = [[b.x * i for i in range(3)]]
        out.append({k: v + b.x for k, v in b.d.items()})
        out.append({i % 2 for i in b.items})
        out.append(sum(i for i in b.items if i > b.x))
        out.append([(i, j) for i in range(2) for j in b.items[:2]])
        out.append([g for g in range(3)])  # the comprehension's own g, not the shared global
        out.append(g)
        out.append(list(map(lambda v: v + b.x, [1, 2])))
        return out


    class Ctx:
        def __init__(self, value):
            self.value = value
            self.log = []

        def __enter__(self):
            self.log.append("enter")
            return self.value

        def __exit__(self, *exc):
            self.log.append("exit")
            return False


    def with_targets():
        b = Box()
        lock = threading.Lock()
        with lock as b.got:
            inside = lock.locked()
        c = Ctx((1, 2))
        with c as (b.p, b.q):
            pass
        with Ctx(5) as b.items[0]:
            pass
        return [b.got, inside, lock.locked(), b.p, b.q, c.log, b.items[0]]


    def for_targets():
        b = Box()
        total = 0
        for b.i in range(4):
            total += b.i
        pairs = []
        for b.k, v in sorted({"a": 1, "b": 2}.items()):
            pairs.append((b.k, v))
        d = {}
        for d["last"] in "xyz":
            pass
        for b.items[0], b.items[1] in [(7, 8)]:
            pass
        else:
            done = True
        return [total, b.i, pairs, b.k, d, b.items[:2], done]


    class Temperature:
        def __init__(self):
            self._c = 0

        @property
        def c(self):
            return self._c

        @c.setter
        def c(self, value):
            self._c = value

        @c.deleter
        def c(self):
            self._c = None

        @staticmethod
        def twice(v):
            return 2 * v

        @classmethod
        def make(cls):
            return cls()


    def properties():
        t = Temperature.make()
        t.c = 20
        t.c += 5
        out = [t.c, Temperature.twice(t.c)]
        del t.c
        out.append(t._c)
        return out


    def class_attributes():
        before = Box.instances
        a, b = Box(), Box()
        a.kind = "mine"
        return [Box.instances - before, a.kind, b.kind, Box.kind]


    class Base:
        def __init__(self, v):
            self.v = v
            self.__secret = "base"

        def __helper(self):
            return "helper"

        def base_secret(self):
            return self.__secret + "+" + self.__helper()


    class Derived(Base):
        def __init__(self, v):
            super().__init__(v * 2)
            self.__secret = "derived"

        def derived_secret(self):
            return self.__secret

        def describe(self):
            return super().base_secret() + "/" + self.__secret


    class _Private:
        def __init__(self):
            self.__hidden = 1
            self.__name__ = 2

        def __bump(self):
            self.__hidden += 10
            return self.__hidden

        def run(self):
            class Inner:
                def __init__(self):
                    self.__inner = "inner"

            def nested():
                return self.__bump()

            return [nested(), Inner()._Inner__inner, self._Private__hidden, self.__name__,
                    [self.__hidden for _ in range(1)], (lambda: self.__hidden)()]


    class ___Underscores:
        def __init__(self):
            self.__x = "u"


    def mangling_edge_cases():
        p = _Private()
        out = p.run()
        del p._Private__hidden
        out.append(hasattr(p, "_Private__hidden"))
        out.append(___Underscores()._Underscores__x)
        return out


    def inheritance_and_mangling():
        d = Derived(3)
        return [d.v, d.base_secret(), d.derived_secret(), d.describe(), d._Base__secret,
                d._Derived__secret, sorted(k for k in ("_Base__secret", "_Derived__secret") if hasattr(d, k))]


    def deletions():
        global g
        b = Box()
        b.extra = 1
        del b.extra
        out = [hasattr(b, "extra")]
        del b.d["k"]
        del b.items[0], b.items[-1]
        out += [b.d, b.items]
        g = 5
        del g
        try:
            g
        except NameError as exc:
            out.append(str(exc))
        g = 10
        return out


    def misc():
        b = Box()
        out = []
        if (n := len(b.items)) > 3:
            out.append(n)
        out.append(3 in b.items and "k" in b.d and 99 not in b.items)
        out.append(f"{b.x}-{b.items[1]}-{b.d['k']}")
        b.note: str = "annotated"
        out.append(b.note)
        out.append(getattr(b, "missing", "default"))
        setattr(b, "dyn", 4)
        out.append(b.dyn)
        match b.items:
            case [0, 1, *rest]:
                out.append(rest)

        def counter():
            count = 0

            def inc():
                nonlocal count
                count += 1
                return count

            return inc

        inc = counter()
        inc()
        out.append(inc())
        try:
            b.items[99]
        except IndexError as exc:
            out.append(type(exc).__name__)
        try:
            b.nothing
        except AttributeError as exc:
            out.append(str(exc))
        out.append([x for x in (lambda *a, **k: (a, k))(1, z=2)])
        return out


    def generators():
        b = Box()

        def gen():
            for item in b.items:
                yield item * b.x

        return [list(gen()), sorted(b.items, key=lambda v: -v)[:2], min(b.items), max(b.d)]
""")

DIFFERENTIAL = [
    ("bump_global", (3,)), ("augmented", ()), ("unpacking", ()), ("slices", ()),
    ("comprehensions", ()), ("with_targets", ()), ("for_targets", ()), ("properties", ()),
    ("class_attributes", ()), ("inheritance_and_mangling", ()), ("mangling_edge_cases", ()), ("deletions", ()), ("misc", ()),
    ("generators", ()),
]


class SemanticsPreserved(unittest.TestCase):
    def run_both(self, fn, *args):
        if fn == "augmented":  # a method
            src = CONSTRUCTS + "\n\ndef augmented_call():\n    return Box().augmented()\n"
            fn = "augmented_call"
        else:
            src = CONSTRUCTS
        expected = cpython_call(src, fn, *args)
        ours, _ = call(src, fn, *args)
        self.assertEqual(ours, expected)


for _name, _args in DIFFERENTIAL:
    def _test(self, fn=_name, args=_args):
        self.run_both(fn, *args)

    setattr(SemanticsPreserved, f"test_{_name}", _test)


class DataclassesAndSlots(unittest.TestCase):
    def test_dataclass_and_slots(self):
        src = """
            from dataclasses import dataclass, field

            @dataclass
            class Point:
                x: int
                y: int = 0
                tags: list = field(default_factory=list)

            class Slotted:
                __slots__ = ("a", "b")

                def __init__(self):
                    self.a = 1
                    self.b = 2

            def go():
                p = Point(1)
                p.y += 2
                p.tags.append("t")
                s = Slotted()
                s.a += s.b
                return [p, p == Point(1, 2, ["t"]), s.a]
        """
        policy = Policy(allowed_imports=sorted(POLICY.allowed_imports | {"dataclasses"}))
        ours, _ = call(src, "go", policy=policy)
        self.assertEqual(repr(ours[0]), "Point(x=1, y=2, tags=['t'])")
        self.assertEqual(ours[1:], [True, 3])


COUNTER = """
    class Counter:
        def __init__(self):
            self.value = 0

        def increment(self):
            self.value = self.value + 1

        def add(self):
            self.value += 1

    total = 0

    def bump():
        global total
        total += 1

    def locals_only():
        a = 1
        b = a + 2
        c = [a, b]
        c2 = c
        return c2
"""


def two_increments(sol):
    from threadcheck import checks as tc
    c = sol.Counter()
    tc.join(tc.spawn(c.increment, name="A"), tc.spawn(c.increment, name="B"))


class SchedulingPoints(unittest.TestCase):
    def events(self, outcome, thread=None):
        return [(outcome.threads[tid], op, target, line) for _, tid, op, target, line, _ in outcome.trace
                if op in ("read", "write") and (thread is None or outcome.threads[tid] == thread)]

    def test_read_and_write_of_one_statement_are_separate_points(self):
        outcome = run_once(COUNTER, """
            @tc.scenario("one", bound=0, schedules=1)
            def s(sol):
                c = sol.Counter()
                tc.join(tc.spawn(c.increment, name="A"))
                tc.join(tc.spawn(c.add, name="B"))
        """)
        self.assertIsNone(outcome.failure)
        self.assertEqual(self.events(outcome, "A"),
                         [("A", "read", ("Counter", "value"), 6), ("A", "write", ("Counter", "value"), 6)])
        self.assertEqual(self.events(outcome, "B"),
                         [("B", "read", ("Counter", "value"), 9), ("B", "write", ("Counter", "value"), 9)])

    def test_global_augmented_assignment_is_a_read_and_a_write(self):
        outcome = run_once(COUNTER, """
            @tc.scenario("global", bound=0, schedules=1)
            def s(sol):
                tc.join(tc.spawn(sol.bump, name="G"))
        """)
        self.assertEqual(self.events(outcome, "G"),
                         [("G", "read", (None, "total"), 15), ("G", "write", (None, "total"), 15)])

    def test_locals_are_not_points(self):
        outcome = run_once(COUNTER, """
            @tc.scenario("locals", bound=0, schedules=1)
            def s(sol):
                tc.join(tc.spawn(sol.locals_only, name="L"))
        """)
        ops = [op for _, tid, op, *_ in outcome.trace if outcome.threads[tid] == "L"]
        self.assertEqual(ops, ["finish"])

    def test_another_thread_can_run_between_the_read_and_the_write(self):
        outcomes = run_all(prepared_of(COUNTER), two_increments,
                           BoundedSearch(1, 500))
        interleaved = []
        for o in outcomes:
            ev = self.events(o)
            for i in range(len(ev) - 1):
                if ev[i][:2] == ("A", "read") and ev[i + 1][:2] == ("B", "read"):
                    interleaved.append(o)
        self.assertTrue(interleaved, "no schedule ran B between A's read and A's write")
        self.assertEqual({o.failure.kind for o in interleaved}, {"race"})

    def test_split_critical_section_loses_an_update(self):
        # Locks make every access ordered (no race), but the read and the write of the
        # increment are separate critical sections: the lost update itself must be found.
        result = grade_one("""
            import threading

            class Counter:
                def __init__(self):
                    self.lock = threading.Lock()
                    self.value = 0

                def increment(self):
                    with self.lock:
                        current = self.value
                    with self.lock:
                        self.value = current + 1
        """, """
            @tc.scenario("lost update", bound=1, schedules=200, random_schedules=0)
            def s(sol):
                c = sol.Counter()
                tc.join(tc.spawn(c.increment), tc.spawn(c.increment))
                tc.expect(c.value == 2, f"value is {c.value}: an update was lost")
        """)
        self.assertFalse(result.passed)
        self.assertEqual(result.failing.failure.kind, "assertion", failure_text(result))
        self.assertIn("value is 1", result.failing.failure.message)


class EndlessLoops(unittest.TestCase):
    def test_while_true_pass_is_a_timeout(self):
        result = grade_one("""
            def spin():
                while True:
                    pass
        """, """
            @tc.scenario("spin", bound=0, schedules=1, random_schedules=0, max_steps=3000)
            def s(sol):
                tc.join(tc.spawn(sol.spin, name="Spinner"))
        """)
        self.assertEqual(result.failing.failure.kind, "timeout", failure_text(result))
        self.assertIn("Spinner ran 3000 steps without finishing", result.failing.failure.message)
        self.assertIn("line 2", result.failing.failure.message)

    def test_endless_for_loop_is_a_timeout(self):
        result = grade_one("""
            def count():
                n = 0
                for i in range(10 ** 12):
                    n += i
        """, """
            @tc.scenario("for", bound=0, schedules=1, random_schedules=0, max_steps=3000)
            def s(sol):
                sol.count()
        """)
        self.assertEqual(result.failing.failure.kind, "timeout", failure_text(result))

    def test_two_spinning_threads_are_a_livelock(self):
        result = grade_one("""
            class Flags:
                def __init__(self):
                    self.a = True
                    self.b = True

            def left(f):
                while f.b:
                    pass

            def right(f):
                while f.a:
                    pass
        """, """
            @tc.scenario("spin", bound=0, schedules=1, random_schedules=0, max_steps=3000)
            def s(sol):
                f = sol.Flags()
                tc.join(tc.spawn(sol.left, f, name="L"), tc.spawn(sol.right, f, name="R"))
        """)
        failure = result.failing.failure
        self.assertEqual(failure.kind, "livelock", failure_text(result))
        self.assertIn("L", failure.threads)
        self.assertIn("R", failure.threads)
        self.assertIn("no end after 3000 steps", failure.message)

    def test_spin_wait_that_can_end_does_end(self):
        # Fairness: a spinning thread yields after a while, so the setter gets to run.
        result = grade_one("""
            import threading
            class Flag:
                def __init__(self):
                    self.done = threading.Event()

            def waiter(f):
                while not f.done.is_set():
                    pass

            def setter(f):
                f.done.set()
        """, """
            @tc.scenario("spin then go", bound=0, schedules=5, random_schedules=0, max_steps=3000)
            def s(sol):
                f = sol.Flag()
                tc.join(tc.spawn(sol.waiter, f), tc.spawn(sol.setter, f))
        """)
        self.assertTrue(result.passed, failure_text(result))

    def test_deep_recursion_is_a_resource_failure(self):
        _, outcome = try_call("""
            def down(n):
                return down(n + 1)
        """, "down", 0)
        self.assertEqual(outcome.failure.kind, "resource")
        self.assertIn("ran out of stack", outcome.failure.message)


if __name__ == "__main__":
    unittest.main()
