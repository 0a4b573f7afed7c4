# Everyone takes the left fork, then the right one: if all take their left fork at once,
# each waits for the right one forever.
def philosopher(i, forks, meals, eat):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    for _ in range(meals):
        with left:
            with right:
                eat(i)
