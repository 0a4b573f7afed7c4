# A dict keyed by the thread's name, under a lock: two threads with one name share an entry.
import threading

_users = {}
_lock = threading.Lock()


def begin_request(user):
    with _lock:
        _users[threading.current_thread().name] = user


def current_user():
    with _lock:
        return _users.get(threading.current_thread().name)


def end_request():
    with _lock:
        _users.pop(threading.current_thread().name, None)
