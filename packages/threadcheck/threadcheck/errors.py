"""Failure kinds and the exceptions the runtime uses to stop a schedule.

The kinds are the stable vocabulary of the grade result (see docs/grader-protocol.md and
packages/contracts): a check fails with exactly one of them.
"""

RACE = "race"
DEADLOCK = "deadlock"
ASSERTION = "assertion"
EXCEPTION = "exception"
TIMEOUT = "timeout"
LIVELOCK = "livelock"
SYNTAX = "syntax"
FORBIDDEN = "forbidden"
RESOURCE = "resource"

KINDS = (RACE, DEADLOCK, ASSERTION, EXCEPTION, TIMEOUT, LIVELOCK, SYNTAX, FORBIDDEN, RESOURCE)


def split_message(message):
    """(English, Russian or None) of a message given as text or as {"en": ..., "ru": ...}.

    English is the stable text of the grade result; Russian, the course's language, is
    shown beside it where threadcheck or an exercise's checks give it."""
    if isinstance(message, dict):
        return message["en"], message.get("ru") or message["en"]
    return message, None


class Failure:
    """What went wrong in one schedule: a kind, a message (text or {"en", "ru"}), and the
    step it happened at."""

    __slots__ = ("kind", "message", "message_ru", "step", "threads", "details")

    def __init__(self, kind, message, step=None, threads=(), details=None):
        assert kind in KINDS, kind
        self.kind = kind
        self.message, self.message_ru = split_message(message)
        self.step = step
        self.threads = list(threads)
        self.details = details or {}

    def __repr__(self):
        return f"Failure({self.kind!r}, {self.message!r})"


class Abort(BaseException):
    """Raised inside a logical thread whose schedule has ended (failure found or run over).

    A BaseException so that ordinary ``except Exception`` in submissions does not swallow
    it; code that swallows it anyway is frozen after a bounded number of attempts.
    """


class CheckFailed(AssertionError):
    """Raised by ``threadcheck.expect`` in an exercise's checks."""


class ForbiddenError(BaseException):
    """A submission used something the exercise forbids (found while running)."""


class ResourceError(BaseException):
    """A submission exceeded a limit threadcheck enforces itself (threads, output)."""
