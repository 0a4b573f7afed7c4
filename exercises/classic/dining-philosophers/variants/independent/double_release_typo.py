# expect: exception — copy-paste typo releases the first fork twice (and never the second): RuntimeError "release unlocked lock"
def philosopher(i, forks, meals, eat):
    n = len(forks)
    a, b = sorted((i, (i + 1) % n))
    for _ in range(meals):
        forks[a].acquire()
        forks[b].acquire()
        eat(i)
        forks[a].release()
        forks[a].release()
