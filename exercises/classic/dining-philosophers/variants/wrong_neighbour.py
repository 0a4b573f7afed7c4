# Uses forks[i - 1] and forks[i] instead of forks[i] and forks[(i + 1) % n].
def philosopher(i, forks, meals, eat):
    n = len(forks)
    a, b = (i - 1) % n, i
    first, second = forks[min(a, b)], forks[max(a, b)]
    for _ in range(meals):
        with first:
            with second:
                eat(i)
