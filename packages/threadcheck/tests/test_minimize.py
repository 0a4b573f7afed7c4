"""A failing schedule is shown with as few preemptions as the bug needs."""

import unittest

from threadcheck.explore.explorer import explore
from threadcheck.explore.minimize import minimize, replay
from threadcheck.strategies import token as tokens
from threadcheck.strategies.random_walk import RandomWalk

from .support import scenario_from
from .test_strategies import SPLIT, lost_update, run_all


def random_failure(seed):
    for o in run_all(SPLIT, lost_update, RandomWalk(seed, 40)):
        if o.failure is not None:
            return o
    return None


class Minimize(unittest.TestCase):
    def test_premise_random_walk_failures_have_several_preemptions(self):
        found = [random_failure(seed) for seed in range(1, 6)]
        self.assertTrue(all(o is not None for o in found))
        self.assertTrue(all(o.preemptions > 1 for o in found), [o.preemptions for o in found])

    def test_minimize_keeps_the_failure_and_never_grows_it(self):
        scenario = scenario_from(lost_update)
        for seed in range(1, 6):
            raw = random_failure(seed)
            small, runs = minimize(SPLIT, scenario, raw)
            self.assertEqual(small.failure.kind, raw.failure.kind)
            self.assertLessEqual((small.preemptions, small.steps), (raw.preemptions, raw.steps))
            self.assertGreater(runs, 0)
            again, diverged = replay(SPLIT, scenario, small.decisions)
            self.assertFalse(diverged)
            self.assertEqual(again.failure.message, small.failure.message)
            self.assertEqual(again.trace, small.trace)

    def test_explore_reports_a_random_walk_failure_with_the_one_preemption_it_needs(self):
        # bound=0: the deterministic phase cannot show this lost update (it needs one
        # preemption), so PCT or the random walk finds it, with several preemptions; the
        # explorer must report it shrunk to the single preemption the bug needs.
        for seed in range(1, 6):
            with self.subTest(seed=seed):
                scenario = scenario_from(lost_update, bound=0, schedules=50, random_schedules=60,
                                         time_budget=5.0)
                result = explore(SPLIT, scenario, seed)
                self.assertIsNotNone(result.failing, "the lost update was not found")
                self.assertGreater(result.schedules, 3, "found by the bounded phase?")
                self.assertEqual(result.failing.failure.kind, "assertion")
                self.assertEqual(result.failing.preemptions, 1,
                                 f"reported with {result.failing.preemptions} preemptions")

    def test_a_bounded_search_failure_is_reported_as_found(self):
        scenario = scenario_from(lost_update, bound=2, schedules=200, random_schedules=0)
        result = explore(SPLIT, scenario, 1)
        self.assertEqual(result.failing.failure.kind, "assertion")
        self.assertEqual(result.failing.preemptions, 1)

    def test_the_token_replays_the_reported_schedule(self):
        scenario = scenario_from(lost_update, bound=0, schedules=50, random_schedules=60,
                                 time_budget=5.0)
        result = explore(SPLIT, scenario, 3)
        index, decisions = tokens.decode(result.token)
        self.assertEqual(index, 0)
        self.assertEqual(decisions, result.failing.decisions)
        again, diverged = replay(SPLIT, scenario, decisions)
        self.assertFalse(diverged)
        self.assertEqual(again.failure.message, result.failing.failure.message)
        self.assertEqual(again.trace, result.failing.trace)


if __name__ == "__main__":
    unittest.main()
