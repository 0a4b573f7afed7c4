# A waiter lets at most n - 1 philosophers reach for forks at once, so at least one of
# them always gets both. One semaphore per table (per forks list), created on first use.
import threading

_tables = {}
_tables_lock = threading.Lock()


def _waiter(forks):
    with _tables_lock:
        key = id(forks)
        if key not in _tables:
            _tables[key] = threading.Semaphore(len(forks) - 1)
        return _tables[key]


def philosopher(i, forks, meals, eat):
    waiter = _waiter(forks)
    left, right = forks[i], forks[(i + 1) % len(forks)]
    for _ in range(meals):
        with waiter:
            with left, right:
                eat(i)
