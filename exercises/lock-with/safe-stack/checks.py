"""Checks of lock-with/safe-stack: the lock is released on every path, and all access is locked."""

import threadcheck as tc


def _pop_or_error(stack):
    """("item", x) or ("IndexError", None): what pop() did."""
    try:
        return ("item", stack.pop())
    except IndexError:
        return ("IndexError", None)


@tc.scenario({"en": "one thread: push, pop, pop on an empty stack, try_pop", "ru": "один поток: push, pop, pop пустого стека, try_pop"}, bound=0)
def sequential(sol):
    s = sol.SafeStack()
    tc.expect(len(s) == 0, f"len() of a new stack is {len(s)}, expected 0")
    what, value = _pop_or_error(s)
    tc.expect(what == "IndexError",
              f"pop() on an empty stack returned {value!r}, expected it to raise IndexError")
    r = s.try_pop()
    tc.expect(r is None, f"try_pop() on an empty stack returned {r!r}, expected None")
    r = s.try_pop("nothing")
    tc.expect(r == "nothing", f"try_pop('nothing') on an empty stack returned {r!r}, expected 'nothing'")
    s.push(1)
    s.push(2)
    tc.expect(len(s) == 2, f"len() after push(1), push(2) is {len(s)}, expected 2")
    r = s.pop()
    tc.expect(r == 2, f"pop() after push(1), push(2) returned {r!r}, expected 2 (last in, first out)")
    r = s.try_pop()
    tc.expect(r == 1, f"try_pop() with [1] on the stack returned {r!r}, expected 1")
    tc.expect(len(s) == 0, f"len() after popping everything is {len(s)}, expected 0")


@tc.scenario({"en": "two threads take the last item", "ru": "два потока забирают последний элемент"}, bound=2)
def last_item(sol):
    s = sol.SafeStack()
    s.push("last")
    got = {}

    def popper():
        got["T1"] = _pop_or_error(s)

    def try_popper():
        got["T2"] = s.try_pop()

    tc.join(tc.spawn(popper, name="T1"), tc.spawn(try_popper, name="T2"))
    winners = [who for who, r in (("T1", got["T1"][1]), ("T2", got["T2"])) if r == "last"]
    tc.expect(len(winners) == 1,
              f"one item and two takers: T1's pop() gave {got['T1']}, T2's try_pop() gave "
              f"{got['T2']!r}; exactly one of them must get 'last' (the other: IndexError or None)")
    tc.expect(got["T1"][0] == "IndexError" or got["T2"] is None,
              f"T1's pop() gave {got['T1']} and T2's try_pop() gave {got['T2']!r}")
    s.push("again")
    r = s.try_pop()
    tc.expect(r == "again", f"after both threads finished, push then try_pop returned {r!r}, "
                            f"expected 'again'")


@tc.scenario({"en": "a thread pushes twice while another pops and counts", "ru": "один поток дважды кладёт элемент, пока другой снимает и считает"}, bound=2)
def push_and_pop(sol):
    s = sol.SafeStack()
    seen = {}

    def pusher():
        s.push(1)
        s.push(2)

    def popper():
        seen["popped"] = s.try_pop()
        seen["len"] = len(s)

    tc.join(tc.spawn(pusher, name="T1"), tc.spawn(popper, name="T2"))
    rest = []
    while len(rest) < 3:
        r = s.try_pop()
        if r is None:
            break
        rest.append(r)
    popped = seen["popped"]
    everything = sorted(([popped] if popped is not None else []) + rest)
    tc.expect(everything == [1, 2],
              f"T1 pushed 1 and 2; T2's try_pop() got {popped!r} and the stack kept {rest}: "
              f"each item must come out exactly once")
    most = 2 if popped is None else 1
    tc.expect(0 <= seen["len"] <= most,
              f"T2's len() right after its try_pop() (which gave {popped!r}) is {seen['len']}, "
              f"expected 0 to {most}")
