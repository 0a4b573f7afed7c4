# pass: asymmetric philosophers: even ones take left then right, odd ones right then left, explicit acquire()/release() in nested try/finally and a while-loop meal counter
def philosopher(i, forks, meals, eat):
    n = len(forks)
    left = forks[i]
    right = forks[(i + 1) % n]
    if i % 2 == 0:
        first, second = left, right
    else:
        first, second = right, left
    eaten = 0
    while eaten < meals:
        first.acquire()
        try:
            second.acquire()
            try:
                eat(i)
                eaten += 1
            finally:
                second.release()
        finally:
            first.release()
