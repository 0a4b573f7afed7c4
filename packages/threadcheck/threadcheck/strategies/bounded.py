"""Preemption-bounded exhaustive search (iterative context bounding).

M. Musuvathi and S. Qadeer, "Iterative Context Bounding for Systematic Testing of
Multithreaded Programs", PLDI 2007 (the CHESS tool). A stateless depth-first search over
the decision points of a schedule, re-running the program from the start for each
schedule: every schedule with at most `bound` preemptions (switching away from a thread
that could have continued) is tried exactly once. Switches forced by blocking or thread
exit are free. Most concurrency bugs need only one or two preemptions, and the search does
not depend on a seed, so a bug within the bound is found on every run.
"""

from .base import Strategy


class _Node:
    __slots__ = ("options", "index")

    def __init__(self, options):
        self.options = options
        self.index = 0


class BoundedSearch(Strategy):
    def __init__(self, bound, schedules):
        self.name = f"bounded({bound})"
        self._bound = bound
        self._left = schedules
        self._stack = []
        self._depth = 0
        self._preemptions = 0
        self.exhausted = False
        self.pruned = False  # did the bound cut any option? If not, exhaustion = complete search

    def begin(self):
        if self.exhausted or self._left <= 0:
            return False
        self._left -= 1
        self._depth = 0
        self._preemptions = 0
        return True

    def choose(self, choices, current):
        if current is not None and current not in choices:
            current = None  # the runtime made it yield (fairness): not a preemption
        if self._depth < len(self._stack):
            node = self._stack[self._depth]
        else:
            if current is None:
                options = list(choices)
            elif self._preemptions < self._bound:
                options = [current] + [c for c in choices if c != current]
            else:
                options = [current]
                self.pruned = self.pruned or len(choices) > 1
            node = _Node(options)
            self._stack.append(node)
        tid = node.options[node.index]
        if tid not in choices:  # the program is not deterministic under replay
            tid = current if current is not None else choices[0]
        self._depth += 1
        if current is not None and tid != current:
            self._preemptions += 1
        return tid

    @property
    def complete(self):
        """Every schedule of the program was explored (the bound never mattered)."""
        return self.exhausted and not self.pruned

    def end(self, outcome):
        del self._stack[self._depth:]
        while self._stack:
            node = self._stack[-1]
            if node.index + 1 < len(node.options):
                node.index += 1
                return
            self._stack.pop()
        self.exhausted = True
