"""Explain a deadlock: who waits for whom, and the cycle when there is one."""


def owner_of(waiting):
    """The logical thread that must act for a waiter on `waiting` to proceed, if one is known."""
    owner = getattr(waiting, "_tc_owner", None)
    if owner is not None:
        return owner
    if hasattr(waiting, "tid") and hasattr(waiting, "state"):  # join: waits for that thread
        return waiting
    return None


def describe_wait(waiting):
    label = getattr(waiting, "_tc_label", None)
    if hasattr(waiting, "tid") and hasattr(waiting, "state"):
        return f"waits for {waiting.name} to finish (join)"
    kind = getattr(waiting, "_tc_kind", "object")
    if kind in ("Lock", "RLock"):
        owner = owner_of(waiting)
        held = f", held by {owner.name}" if owner is not None else ""
        return f"waits for {label}{held}"
    if kind == "Condition":
        return f"waits on {label} and nobody is left to notify it"
    if kind in ("Semaphore", "BoundedSemaphore"):
        return f"waits for a permit of {label} and nobody is left to release one"
    if kind == "Event":
        return f"waits for {label} and nobody is left to set it"
    return f"waits on {label or kind}"


def describe_wait_ru(waiting):
    label = getattr(waiting, "_tc_label", None)
    if hasattr(waiting, "tid") and hasattr(waiting, "state"):
        return f"ждёт завершения {waiting.name} (join)"
    kind = getattr(waiting, "_tc_kind", "object")
    if kind in ("Lock", "RLock"):
        owner = owner_of(waiting)
        held = f", который держит {owner.name}" if owner is not None else ""
        return f"ждёт {label}{held}"
    if kind == "Condition":
        return f"ждёт на {label}, и разбудить его (notify) больше некому"
    if kind in ("Semaphore", "BoundedSemaphore"):
        return f"ждёт разрешения {label}, и вернуть его (release) больше некому"
    if kind == "Event":
        return f"ждёт {label}, и установить его (set) больше некому"
    return f"ждёт {label or kind}"


def find_cycle(blocked):
    """Return a list of threads forming a wait-for cycle, or []."""
    blocked_set = set(id(t) for t in blocked)
    for start in blocked:
        seen = []
        t = start
        while t is not None and id(t) in blocked_set and t not in seen:
            seen.append(t)
            t = owner_of(t.waiting)
        if t is not None and t in seen:
            return seen[seen.index(t):]
    return []


def explain(blocked):
    """(message, cycle thread names) for a set of threads of which none can run."""
    cycle = find_cycle(blocked)
    parts = []
    ordered = cycle + [t for t in blocked if t not in cycle]
    for t in ordered:
        line = f" (line {t.line})" if t.line else ""
        holds = ""
        if t.held:
            holds = "holds " + ", ".join(getattr(l, "_tc_label", "a lock") for l in t.held) + " and "
        parts.append(f"{t.name}{line} {holds}{describe_wait(t.waiting)}")
    head = "deadlock: every thread is waiting and none can continue"
    if len(cycle) == 1:
        head = f"deadlock: {cycle[0].name} waits for a lock it already holds itself"
    elif cycle:
        head = "deadlock: " + " -> ".join(t.name for t in cycle + cycle[:1]) + " wait for each other in a cycle"
    return head + ". " + "; ".join(parts) + ".", [t.name for t in cycle]


def explain_ru(blocked):
    """The message of explain() in Russian, the course's language."""
    cycle = find_cycle(blocked)
    parts = []
    for t in cycle + [t for t in blocked if t not in cycle]:
        line = f" (строка {t.line})" if t.line else ""
        holds = ""
        if t.held:
            holds = "держит " + ", ".join(getattr(l, "_tc_label", "лок") for l in t.held) + " и "
        parts.append(f"{t.name}{line} {holds}{describe_wait_ru(t.waiting)}")
    head = "взаимная блокировка: все потоки ждут, и ни один не может продолжить"
    if len(cycle) == 1:
        head = f"взаимная блокировка: {cycle[0].name} ждёт лок, который сам же держит"
    elif cycle:
        head = ("взаимная блокировка: " + " -> ".join(t.name for t in cycle + cycle[:1])
                + " ждут друг друга по кругу")
    return head + ". " + "; ".join(parts) + "."
