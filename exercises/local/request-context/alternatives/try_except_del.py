import threading

_request = threading.local()


def begin_request(user):
    _request.user = user


def current_user():
    try:
        return _request.user
    except AttributeError:
        return None


def end_request():
    if hasattr(_request, "user"):
        del _request.user
