# Try-lock on the right fork, but while it is busy the philosopher keeps holding the left
# one and tries again: if everyone holds a left fork, they all retry forever.
import time


def philosopher(i, forks, meals, eat):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    for _ in range(meals):
        left.acquire()
        while not right.acquire(blocking=False):
            time.sleep(0.001)
        eat(i)
        right.release()
        left.release()
