# expect: deadlock — every philosopher takes the left fork first: all hold their left fork and wait for the right one forever
def philosopher(i, forks, meals, eat):
    left = forks[i]
    right = forks[(i + 1) % len(forks)]
    for _ in range(meals):
        with left:
            with right:
                eat(i)
