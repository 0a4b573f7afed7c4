# Take the left fork, only try the right one (acquire(blocking=False)); if it is busy, put
# the left one back and wait a random moment before trying again.
import random
import threading
import time


def philosopher(i, forks, meals, eat):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    for _ in range(meals):
        while True:
            left.acquire()
            if right.acquire(blocking=False):
                break
            left.release()
            time.sleep(random.uniform(0.001, 0.01))
        try:
            eat(i)
        finally:
            right.release()
            left.release()
