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
    tc.expect(len(s) == 0, {"en": f"len() of a new stack is {len(s)}, expected 0",
                            "ru": f"len() нового стека равен {len(s)}, а ожидалось 0"})
    what, value = _pop_or_error(s)
    tc.expect(what == "IndexError",
              {"en": f"pop() on an empty stack returned {value!r}, expected it to raise IndexError",
               "ru": f"pop() пустого стека вернул {value!r}, а должен был бросить IndexError"})
    r = s.try_pop()
    tc.expect(r is None, {"en": f"try_pop() on an empty stack returned {r!r}, expected None",
                          "ru": f"try_pop() пустого стека вернул {r!r}, а ожидалось None"})
    r = s.try_pop("nothing")
    tc.expect(r == "nothing", {"en": f"try_pop('nothing') on an empty stack returned {r!r}, expected 'nothing'",
                               "ru": f"try_pop('nothing') пустого стека вернул {r!r}, а ожидалось 'nothing'"})
    s.push(1)
    s.push(2)
    tc.expect(len(s) == 2, {"en": f"len() after push(1), push(2) is {len(s)}, expected 2",
                            "ru": f"len() после push(1), push(2) равен {len(s)}, а ожидалось 2"})
    r = s.pop()
    tc.expect(r == 2, {"en": f"pop() after push(1), push(2) returned {r!r}, expected 2 (last in, first out)",
                       "ru": f"pop() после push(1), push(2) вернул {r!r}, а ожидалось 2 (последним пришёл — первым ушёл)"})
    r = s.try_pop()
    tc.expect(r == 1, {"en": f"try_pop() with [1] on the stack returned {r!r}, expected 1",
                       "ru": f"try_pop() при [1] в стеке вернул {r!r}, а ожидалось 1"})
    tc.expect(len(s) == 0, {"en": f"len() after popping everything is {len(s)}, expected 0",
                            "ru": f"len() после снятия всех элементов равен {len(s)}, а ожидалось 0"})


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
              {"en": f"one item and two takers: T1's pop() gave {got['T1']}, T2's try_pop() gave "
                     f"{got['T2']!r}; exactly one of them must get 'last' (the other: IndexError or None)",
               "ru": f"один элемент и два потока за ним: pop() в T1 дал {got['T1']}, try_pop() в T2 дал "
                     f"{got['T2']!r}; 'last' должен достаться ровно одному из них (другому — IndexError "
                     f"или None)"})
    tc.expect(got["T1"][0] == "IndexError" or got["T2"] is None,
              {"en": f"T1's pop() gave {got['T1']} and T2's try_pop() gave {got['T2']!r}",
               "ru": f"pop() в T1 дал {got['T1']}, а try_pop() в T2 дал {got['T2']!r}"})
    s.push("again")
    r = s.try_pop()
    tc.expect(r == "again", {"en": f"after both threads finished, push then try_pop returned {r!r}, "
                                   f"expected 'again'",
                             "ru": f"когда оба потока закончили, try_pop после push вернул {r!r}, "
                                   f"а ожидалось 'again'"})


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
              {"en": f"T1 pushed 1 and 2; T2's try_pop() got {popped!r} and the stack kept {rest}: "
                     f"each item must come out exactly once",
               "ru": f"T1 положил 1 и 2; try_pop() в T2 получил {popped!r}, а в стеке осталось {rest}: "
                     f"каждый элемент должен выйти ровно один раз"})
    most = 2 if popped is None else 1
    tc.expect(0 <= seen["len"] <= most,
              {"en": f"T2's len() right after its try_pop() (which gave {popped!r}) is {seen['len']}, "
                     f"expected 0 to {most}",
               "ru": f"len() в T2 сразу после его try_pop() (который дал {popped!r}) равен {seen['len']}, "
                     f"а ожидалось от 0 до {most}"})
