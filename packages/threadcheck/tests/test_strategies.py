"""Exploration strategies: bounded search, PCT, random walk, replay, and replay tokens."""

import base64
import unittest
import zlib

from threadcheck.explore.run import run_schedule
from threadcheck.strategies import token as tokens
from threadcheck.strategies.bounded import BoundedSearch
from threadcheck.strategies.pct import PCT
from threadcheck.strategies.random_walk import RandomWalk
from threadcheck.strategies.replay import STAY, Replay

from . import support
from .support import prepared_of, scenario_from

# Two threads of one scheduling point each (a print), started and joined by the main thread.
SAY = prepared_of("""
    def say(word):
        print(word)

    def chatter(word, times):
        for _ in range(times):
            print(word)
""")


def two_sayers(sol):
    support.checks_api.join(support.checks_api.spawn(sol.say, "a"),
                            support.checks_api.spawn(sol.say, "b"))


def three_chatterers(sol):
    support.checks_api.join(*[support.checks_api.spawn(sol.chatter, w, 6) for w in "xyz"])


SPLIT = prepared_of("""
    import threading

    class Counter:
        def __init__(self):
            self.lock = threading.Lock()
            self.value = 0

        def increment(self):
            with self.lock:
                current = self.value
            with self.lock:
                self.value = current + 1
""")


def lost_update(sol):
    counter = sol.Counter()
    support.checks_api.join(support.checks_api.spawn(counter.increment),
                            support.checks_api.spawn(counter.increment))
    support.checks_api.expect(counter.value == 2, f"value is {counter.value}: an update was lost")


def run_all(prepared, body, strategy, limit=10000):
    """Every schedule the strategy proposes (up to `limit`), as Outcomes."""
    sc = scenario_from(body)
    outcomes = []
    while len(outcomes) < limit and strategy.begin():
        outcome = run_schedule(prepared, sc, strategy)
        strategy.end(outcome)
        outcomes.append(outcome)
    return outcomes


def signature(outcome):
    return tuple(outcome.decisions), outcome.preemptions


class BoundedSearchTest(unittest.TestCase):
    def test_bound_zero_explores_exactly_three_schedules_and_exhausts(self):
        # Main starts A and B and joins A; whoever of A and B runs first (a free choice at
        # the join) runs to its end; after A ends, main or B (free again). No preemptions:
        # A then main (joins B) then B; A then B then main; B then A then main.
        strategy = BoundedSearch(0, 100)
        outcomes = run_all(SAY, two_sayers, strategy)
        self.assertEqual(len(outcomes), 3)
        self.assertEqual(sorted(o.output for o in outcomes), ["a\nb\n", "a\nb\n", "b\na\n"])
        self.assertEqual([o.preemptions for o in outcomes], [0, 0, 0])
        self.assertEqual(len({tuple(o.decisions) for o in outcomes}), 3)
        self.assertTrue(strategy.exhausted)
        self.assertFalse(strategy.begin())
        self.assertTrue(strategy.pruned)  # the bound did cut preempting options
        self.assertFalse(strategy.complete)

    def test_each_bound_explores_exactly_the_schedules_within_it(self):
        full_strategy = BoundedSearch(10, 10000)
        everything = {signature(o) for o in run_all(SAY, two_sayers, full_strategy)}
        self.assertTrue(full_strategy.complete, "a high bound sees every schedule")
        previous = set()
        for bound in range(4):
            outcomes = run_all(SAY, two_sayers, BoundedSearch(bound, 10000))
            seen = [signature(o) for o in outcomes]
            self.assertEqual(len(seen), len(set(seen)), f"bound {bound} repeated a schedule")
            self.assertEqual(set(seen), {s for s in everything if s[1] <= bound}, f"bound {bound}")
            self.assertLess(len(previous), len(seen))
            self.assertTrue(previous <= set(seen))
            previous = set(seen)
        self.assertEqual(len(previous), 67)
        self.assertEqual(len(everything), 88)

    def test_schedule_budget_is_respected(self):
        strategy = BoundedSearch(2, 5)
        self.assertEqual(len(run_all(SAY, two_sayers, strategy)), 5)
        self.assertFalse(strategy.begin())
        self.assertFalse(strategy.exhausted)

    def test_bound_one_finds_a_bug_that_bound_zero_misses(self):
        zero = run_all(SPLIT, lost_update, BoundedSearch(0, 1000))
        self.assertTrue(all(o.failure is None for o in zero),
                        [o.failure for o in zero if o.failure is not None])
        one = run_all(SPLIT, lost_update, BoundedSearch(1, 1000))
        self.assertGreater(len(one), len(zero))
        failing = [o for o in one if o.failure is not None]
        self.assertTrue(failing, "bound 1 did not find the lost update")
        self.assertEqual({o.failure.kind for o in failing}, {"assertion"})
        self.assertEqual({o.preemptions for o in failing}, {1})
        self.assertIn("value is 1", failing[0].failure.message)


class RandomisedStrategies(unittest.TestCase):
    def decisions(self, strategy):
        return [tuple(o.decisions) for o in run_all(SAY, three_chatterers, strategy)]

    def check_seeded(self, make):
        first = self.decisions(make(7))
        self.assertEqual(len(first), 6)
        self.assertGreater(min(len(d) for d in first), 10, "the program should have many decisions")
        self.assertEqual(first, self.decisions(make(7)), "same seed, different schedules")
        self.assertNotEqual(first, self.decisions(make(8)), "the seed changes nothing")
        self.assertGreater(len(set(first)), 1, "every schedule of the run is the same")

    def test_pct_is_deterministic_for_a_seed(self):
        self.check_seeded(lambda seed: PCT(seed, 6))

    def test_random_walk_is_deterministic_for_a_seed(self):
        self.check_seeded(lambda seed: RandomWalk(seed, 6))

    def test_randomised_strategies_stop_after_their_budget(self):
        for strategy in (PCT(1, 3), RandomWalk(1, 3)):
            self.assertEqual(len(self.decisions(strategy)), 3)
            self.assertFalse(strategy.begin())

    def test_pct_prefers_one_thread_until_a_change_point(self):
        # With depth 1 there are no change points: the highest-priority thread always runs,
        # so each thread's output comes out in one block.
        outcomes = run_all(SAY, three_chatterers, PCT(3, 4, depth=1))
        for o in outcomes:
            blocks = [k for i, k in enumerate(o.output.split()) if i == 0 or o.output.split()[i - 1] != k]
            self.assertEqual(len(blocks), 3, o.output)


class ReplayTest(unittest.TestCase):
    def failing_random_outcome(self):
        for seed in range(50):
            for o in run_all(SPLIT, lost_update, RandomWalk(seed, 20)):
                if o.failure is not None:
                    return o
        self.fail("the random walk never found the lost update")

    def test_replay_reproduces_failure_and_trace_exactly(self):
        original = self.failing_random_outcome()
        strategy = Replay(original.decisions)
        (again,) = run_all(SPLIT, lost_update, strategy)
        self.assertFalse(strategy.diverged)
        self.assertEqual(again.failure.kind, original.failure.kind)
        self.assertEqual(again.failure.message, original.failure.message)
        self.assertEqual(again.trace, original.trace)
        self.assertEqual(again.decisions, original.decisions)
        self.assertEqual(again.output, original.output)

    def test_replay_runs_one_schedule(self):
        strategy = Replay([])
        self.assertEqual(len(run_all(SAY, two_sayers, strategy)), 1)
        self.assertFalse(strategy.begin())

    def test_replay_beyond_the_recording_never_preempts(self):
        (o,) = run_all(SAY, three_chatterers, Replay([]))
        self.assertEqual(o.preemptions, 0)

    def test_stay_lets_the_running_thread_continue(self):
        original = self.failing_random_outcome()
        stays = [STAY] * len(original.decisions)
        strategy = Replay(stays)
        (o,) = run_all(SPLIT, lost_update, strategy)
        self.assertEqual(o.preemptions, 0)
        self.assertIsNone(o.failure)
        self.assertFalse(strategy.diverged)

    def test_an_impossible_decision_is_a_divergence(self):
        strategy = Replay([5, 5, 5])
        (o,) = run_all(SAY, two_sayers, strategy)
        self.assertTrue(strategy.diverged)
        self.assertIsNone(o.failure)


class Tokens(unittest.TestCase):
    def test_round_trip(self):
        for index, decisions in [(0, []), (3, [0, 1, 2, 1, 0]), (12, [127, 128, 300, 2 ** 20, 0] * 40)]:
            token = tokens.encode(index, decisions)
            self.assertTrue(token.startswith(f"tc1.{index}."))
            self.assertRegex(token, r"^[A-Za-z0-9._-]+$")  # URL-safe, no padding
            self.assertEqual(tokens.decode(token), (index, decisions))
            self.assertEqual(tokens.decode(f"  {token}\n"), (index, decisions))

    def test_negative_decisions_cannot_be_encoded(self):
        with self.assertRaises(ValueError):
            tokens.encode(0, [0, -1])

    def test_malformed_tokens_raise_value_error(self):
        good = tokens.encode(0, [0, 1, 1])
        payload = good.split(".")[2]

        def packed(raw):
            return "tc1.0." + base64.urlsafe_b64encode(zlib.compress(raw)).decode().rstrip("=")

        bad = [
            "", "garbage", "tc1", "tc1.0", "tc2.0." + payload, "tc1.x." + payload,
            "tc1.0." + payload + ".extra", "tc1.0.!!!!", "tc1.0." + payload[:-3],
            "tc1.0." + base64.urlsafe_b64encode(b"not zlib").decode(),
            packed(b"\x80"),  # a varint that never ends
            packed(b"\xff\xff\xff\xff\xff\xff\x01"),  # a varint too long for a thread id
        ]
        for token in bad:
            with self.subTest(token=token):
                with self.assertRaises(ValueError) as ctx:
                    tokens.decode(token)
                self.assertIn("replay token", str(ctx.exception))

    def test_decompression_bomb_is_refused(self):
        bomb = "tc1.0." + base64.urlsafe_b64encode(zlib.compress(b"\x00" * (8 << 20))).decode()
        with self.assertRaises(ValueError):
            tokens.decode(bomb)


if __name__ == "__main__":
    unittest.main()
