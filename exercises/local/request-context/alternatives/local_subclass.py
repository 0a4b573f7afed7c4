import threading


class RequestContext(threading.local):
    def __init__(self):
        # Runs again in every thread, the first time that thread touches the object.
        self.user = None


_context = RequestContext()


def begin_request(user):
    _context.user = user


def current_user():
    return _context.user


def end_request():
    _context.user = None
