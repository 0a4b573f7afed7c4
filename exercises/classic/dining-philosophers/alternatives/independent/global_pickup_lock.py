# pass: a module-level "waiter" Lock makes picking up both forks atomic (anyone already holding a fork holds both and will put them down without needing the waiter)
import threading

_WAITER = threading.Lock()


def philosopher(i: int, forks: list, meals: int, eat) -> None:
    left = forks[i]
    right = forks[(i + 1) % len(forks)]
    for _ in range(meals):
        with _WAITER:
            left.acquire()
            right.acquire()
        try:
            eat(i)
        finally:
            right.release()
            left.release()
