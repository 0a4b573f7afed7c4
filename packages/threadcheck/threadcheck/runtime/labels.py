"""How locations and objects are named in traces and messages."""


def format_target(target):
    """A trace target: a string, or (owner, attribute) where owner None means a global and
    attribute None or "[]" means a container's contents."""
    if target is None or isinstance(target, str):
        return target
    owner, name = target
    if owner is None:
        return name
    if name is None or name == "[]":
        return f"{owner}[...]"
    return f"{owner}.{name}"
