# expect: assertion — correct fork ordering, but `range(1, meals)` makes every philosopher eat meals - 1 times
def philosopher(i, forks, meals, eat):
    n = len(forks)
    first, second = min(i, (i + 1) % n), max(i, (i + 1) % n)
    for meal in range(1, meals):
        with forks[first]:
            with forks[second]:
                eat(i)
