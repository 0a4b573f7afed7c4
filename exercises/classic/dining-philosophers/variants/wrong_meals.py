# Off by one: eats meals - 1 times.
def philosopher(i, forks, meals, eat):
    n = len(forks)
    first, second = forks[min(i, (i + 1) % n)], forks[max(i, (i + 1) % n)]
    for _ in range(1, meals):
        with first:
            with second:
                eat(i)
