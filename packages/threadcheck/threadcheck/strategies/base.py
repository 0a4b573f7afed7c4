"""The interface every exploration strategy implements.

The runtime calls ``choose`` at each decision point (more than one thread could run);
the explorer calls ``begin`` before each schedule and ``end`` after it. A strategy never
sees threads, locks or code: only thread ids. Whatever it chose is recorded by the runtime
as the schedule's decisions, which is what a replay token encodes, so any strategy's
schedule can be replayed by `Replay`.
"""


class Strategy:
    name = "strategy"

    def begin(self):
        """Prepare the next schedule; False when this strategy has nothing more to try."""
        raise NotImplementedError

    def choose(self, choices, current):
        """Pick a thread id from `choices` (sorted); `current` is the running thread's id
        when it could continue (so picking another one is a preemption), else None."""
        raise NotImplementedError

    def end(self, outcome):
        """The schedule ended; `outcome` has `.failure`, `.decisions`, `.steps`."""
        raise NotImplementedError
