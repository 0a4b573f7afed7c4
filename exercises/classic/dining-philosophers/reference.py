import threading


def philosopher(i: int, forks: list, meals: int, eat) -> None:
    # Resource ordering: every philosopher takes the lower-numbered of its two forks first,
    # so no cycle of philosophers, each waiting for the next one's fork, can form.
    n = len(forks)
    a, b = i, (i + 1) % n
    first, second = forks[min(a, b)], forks[max(a, b)]
    for _ in range(meals):
        with first:
            with second:
                eat(i)
