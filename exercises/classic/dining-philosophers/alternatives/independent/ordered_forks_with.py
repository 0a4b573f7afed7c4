# pass: resource ordering: always take the lower-numbered fork first (nested `with`), so no cycle of waiting philosophers can form
def philosopher(i: int, forks: list, meals: int, eat) -> None:
    n = len(forks)
    low, high = sorted((i, (i + 1) % n))
    for _ in range(meals):
        with forks[low]:
            with forks[high]:
                eat(i)
