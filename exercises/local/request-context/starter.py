import threading


def begin_request(user: str) -> None:
    """The calling thread starts serving a request of `user`."""
    raise NotImplementedError


def current_user():
    """The user whose request the calling thread is serving, or None.

    None in a thread that has not called begin_request, or has called end_request since.
    Other threads' requests never show here.
    """
    raise NotImplementedError


def end_request() -> None:
    """The calling thread has finished its request: current_user() is None again."""
    raise NotImplementedError
