# Eats holding only the left fork.
def philosopher(i, forks, meals, eat):
    left = forks[i]
    for _ in range(meals):
        with left:
            eat(i)
