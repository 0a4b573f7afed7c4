import logging
import threading


def make_logger() -> logging.Logger:
    """Return the logger named "jobs", set up so that its info() records are written to
    standard error, one per line, as "<thread name>: <message>"
    (format "%(threadName)s: %(message)s")."""
    raise NotImplementedError


def run_jobs(logger: logging.Logger, jobs: dict) -> None:
    """Run every job of `jobs` ({thread name: function with no arguments}) in a thread of
    its own, named after its key. Each thread logs "start" through `logger`, calls its job,
    then logs "done: <result>". Start all threads before waiting for any; return when every
    thread has finished. run_jobs itself logs nothing."""
    raise NotImplementedError
