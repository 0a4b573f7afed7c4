"""Explain a deadlock: who waits for whom, and the cycle when there is one."""


def owner_of(waiting):
    """The logical thread that must act for a waiter on `waiting` to proceed, if one is known."""
    owner = getattr(waiting, "_tc_owner", None)
    if owner is not None:
        return owner
    if hasattr(waiting, "tid") and hasattr(waiting, "state"):  # join: waits for that thread
        return waiting
    return None


# Every sentence of a deadlock message, in English (the stable text) and Russian.
_PHRASES = {
    "en": {
        "join": "waits for {name} to finish (join)",
        "lock": "waits for {label}",
        "held_by": ", held by {owner}",
        "condition": "waits on {label} and nobody is left to notify it",
        "semaphore": "waits for a permit of {label} and nobody is left to release one",
        "event": "waits for {label} and nobody is left to set it",
        "other": "waits on {label}",
        "line": " (line {line})",
        "holds": "holds {locks} and ",
        "a_lock": "a lock",
        "stuck": "deadlock: every thread is waiting and none can continue",
        "self": "deadlock: {name} waits for a lock it already holds itself",
        "cycle": "deadlock: {cycle} wait for each other in a cycle",
    },
    "ru": {
        "join": "ждёт завершения {name} (join)",
        "lock": "ждёт {label}",
        "held_by": ", который держит {owner}",
        "condition": "ждёт на {label}, и разбудить его (notify) больше некому",
        "semaphore": "ждёт разрешения {label}, и вернуть его (release) больше некому",
        "event": "ждёт {label}, и установить его (set) больше некому",
        "other": "ждёт {label}",
        "line": " (строка {line})",
        "holds": "держит {locks} и ",
        "a_lock": "лок",
        "stuck": "взаимная блокировка: все потоки ждут, и ни один не может продолжить",
        "self": "взаимная блокировка: {name} ждёт лок, который сам же держит",
        "cycle": "взаимная блокировка: {cycle} ждут друг друга по кругу",
    },
}


def describe_wait(waiting, lang="en"):
    say = _PHRASES[lang]
    label = getattr(waiting, "_tc_label", None)
    if hasattr(waiting, "tid") and hasattr(waiting, "state"):
        return say["join"].format(name=waiting.name)
    kind = getattr(waiting, "_tc_kind", "object")
    if kind in ("Lock", "RLock"):
        owner = owner_of(waiting)
        held = say["held_by"].format(owner=owner.name) if owner is not None else ""
        return say["lock"].format(label=label) + held
    if kind == "Condition":
        return say["condition"].format(label=label)
    if kind in ("Semaphore", "BoundedSemaphore"):
        return say["semaphore"].format(label=label)
    if kind == "Event":
        return say["event"].format(label=label)
    return say["other"].format(label=label or kind)


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
    """({"en", "ru"} message, cycle thread names) for threads of which none can run."""
    cycle = find_cycle(blocked)
    ordered = cycle + [t for t in blocked if t not in cycle]
    return {lang: _explain(ordered, cycle, lang) for lang in _PHRASES}, [t.name for t in cycle]


def _explain(ordered, cycle, lang):
    say = _PHRASES[lang]
    parts = []
    for t in ordered:
        line = say["line"].format(line=t.line) if t.line else ""
        holds = ""
        if t.held:
            locks = ", ".join(getattr(l, "_tc_label", say["a_lock"]) for l in t.held)
            holds = say["holds"].format(locks=locks)
        parts.append(f"{t.name}{line} {holds}{describe_wait(t.waiting, lang)}")
    head = say["stuck"]
    if len(cycle) == 1:
        head = say["self"].format(name=cycle[0].name)
    elif cycle:
        head = say["cycle"].format(cycle=" -> ".join(t.name for t in cycle + cycle[:1]))
    return head + ". " + "; ".join(parts) + "."
