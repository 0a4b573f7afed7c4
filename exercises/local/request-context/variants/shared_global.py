# One module-level global for every thread: a second request overwrites the first.
_user = None


def begin_request(user):
    global _user
    _user = user


def current_user():
    return _user


def end_request():
    global _user
    _user = None
