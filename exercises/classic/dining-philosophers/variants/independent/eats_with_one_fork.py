# expect: assertion — takes the left fork, only *tries* the right one (acquire(False)) and eats anyway when it is busy: no deadlock, but eat() runs holding a single fork
def philosopher(i, forks, meals, eat):
    left = forks[i]
    right = forks[(i + 1) % len(forks)]
    for _ in range(meals):
        with left:
            got_right = right.acquire(False)
            try:
                eat(i)
            finally:
                if got_right:
                    right.release()
