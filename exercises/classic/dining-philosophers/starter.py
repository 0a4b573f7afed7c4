import threading


def philosopher(i: int, forks: list, meals: int, eat) -> None:
    """Philosopher number `i`, run in its own thread.

    `forks` is a list of n `threading.Lock` objects shared by all the philosophers;
    philosopher i uses `forks[i]` and `forks[(i + 1) % n]`. Call `eat(i)` exactly `meals`
    times, each time holding both of these forks, and make sure the philosophers never
    all wait for each other forever.
    """
    raise NotImplementedError
