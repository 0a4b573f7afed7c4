# Everyone takes the left fork first except the last philosopher, who takes the right one
# first: that breaks the cycle of waits.
def philosopher(i, forks, meals, eat):
    n = len(forks)
    left, right = forks[i], forks[(i + 1) % n]
    if i == n - 1:
        left, right = right, left
    eaten = 0
    while eaten < meals:
        left.acquire()
        right.acquire()
        try:
            eat(i)
            eaten += 1
        finally:
            right.release()
            left.release()
