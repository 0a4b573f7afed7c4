import threading

_context = threading.local()  # every thread sees its own attributes of this object


def begin_request(user: str) -> None:
    _context.user = user


def current_user():
    # A thread that never began a request has no attribute `user` in its own copy yet.
    return getattr(_context, "user", None)


def end_request() -> None:
    _context.user = None
