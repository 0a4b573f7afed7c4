# The attribute is set once, at import, in the main thread: other threads do not have it.
import threading

_context = threading.local()
_context.user = None


def begin_request(user):
    _context.user = user


def current_user():
    return _context.user


def end_request():
    _context.user = None
