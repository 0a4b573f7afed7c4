import threading


class Barrier:
    """A reusable barrier: `parties` threads wait for each other, round after round.

    `threading.Barrier` is not allowed: build it from other `threading` primitives.
    """

    def __init__(self, parties: int):
        """Create a barrier for `parties` threads (parties >= 1)."""
        raise NotImplementedError

    def wait(self) -> int:
        """Block until all `parties` threads have called wait() in this round.

        Return the caller's arrival index, a number from 0 to parties - 1: in each round
        every thread gets a different one. Once a round is complete the barrier is ready
        for the next round, any number of times.
        """
        raise NotImplementedError
