"""Possible-outputs exercises: the exact set of a program's outputs, and the answer's grade."""

import functools
import json
import os
import subprocess
import sys
import tempfile
import unittest

from threadcheck import outputs
from threadcheck.instrument.loader import prepare

from .support import POLICY, POLICY_JSON, cli_env, dedent

PING_PONG = dedent("""
    import threading

    def say(word):
        print(word)

    a = threading.Thread(target=say, args=("ping",))
    b = threading.Thread(target=say, args=("pong",))
    a.start()
    b.start()
    a.join()
    print("done")
    b.join()
""")

LOST_UPDATE = dedent("""
    import threading

    counter = 0

    def worker(name):
        global counter
        value = counter
        counter = value + 1
        print(name, counter)

    a = threading.Thread(target=worker, args=("A",))
    b = threading.Thread(target=worker, args=("B",))
    a.start()
    b.start()
    a.join()
    b.join()
    print("total", counter)
""")


@functools.lru_cache(maxsize=None)
def possible(source, max_schedules=outputs.MAX_SCHEDULES):
    """Explored once per program: the lost update alone takes thousands of schedules."""
    return outputs.explore_outputs(prepare(source, POLICY), max_schedules=max_schedules)


def trace_of(outcome):
    return [(outcome.threads[tid], op, line, detail) for _, tid, op, _, line, detail in outcome.trace], \
        outcome.threads


class ExactSetTest(unittest.TestCase):
    def test_join_orders_only_what_it_waits_for(self):
        found, _ = possible(PING_PONG)
        self.assertEqual(set(found), {"ping pong done", "pong ping done", "ping done pong"})

    def test_the_lost_update_is_found_and_impossible_totals_are_not(self):
        found, _ = possible(LOST_UPDATE)
        self.assertEqual(set(found), {
            "A 1 B 2 total 2", "B 1 A 2 total 2", "A 2 B 2 total 2", "B 2 A 2 total 2",
            "A 2 B 1 total 2", "B 2 A 1 total 2", "A 1 B 1 total 1", "B 1 A 1 total 1"})

    def test_each_output_keeps_its_schedule_with_fewest_preemptions(self):
        found, _ = possible(PING_PONG)
        self.assertEqual(found["ping done pong"].outcome.preemptions, 0)
        self.assertEqual(found["pong ping done"].outcome.preemptions, 0)
        self.assertGreaterEqual(found["ping pong done"].outcome.preemptions, 0)
        lost = possible(LOST_UPDATE)[0]["A 1 B 1 total 1"].outcome
        self.assertEqual(lost.preemptions, 1)

    def test_races_are_not_findings_here(self):
        found, schedules = possible(LOST_UPDATE)
        self.assertGreater(schedules, 100)
        self.assertTrue(all(p.outcome.failure is None for p in found.values()))

    def test_a_program_too_big_to_explore_is_an_authoring_error(self):
        with self.assertRaisesRegex(outputs.ProgramError, "more than 10 schedules"):
            possible(LOST_UPDATE, max_schedules=10)

    def test_a_program_that_fails_in_some_schedule_is_an_authoring_error(self):
        source = PING_PONG.replace('print("done")', 'raise RuntimeError("boom")')
        with self.assertRaisesRegex(outputs.ProgramError, "exception"):
            possible(source)


class AnswerTest(unittest.TestCase):
    def test_answer_lines_are_normalised_and_comments_skipped(self):
        self.assertEqual(outputs.parse_answer("# mine\n\n  ping   pong\tdone \nping pong done\npong\n"),
                         ["ping pong done", "pong"])

    def grade(self, answer):
        found, schedules = possible(PING_PONG)
        return outputs.result_body(outputs.parse_answer(answer), found, schedules, trace_of)

    def test_the_exact_set_passes(self):
        result = self.grade("ping done pong\npong ping done\nping pong done\n")
        self.assertEqual((result["verdict"], result["score"], result["failures"]), ("pass", 1.0, []))

    def test_impossible_outputs_are_named(self):
        result = self.grade("ping pong done\npong ping done\nping done pong\ndone ping pong\n")
        self.assertEqual(result["verdict"], "fail")
        self.assertEqual(result["score"], 0.5)
        (failure,) = result["failures"]
        self.assertEqual((failure["check"], failure["kind"]), (outputs.CHECK_POSSIBLE, "assertion"))
        self.assertIn("`done ping pong`", failure["message"])
        self.assertEqual(failure["checkTitle"]["ru"], "каждый указанный вами вывод возможен")
        self.assertEqual([c["title"]["en"] for c in result["checks"]],
                         [outputs.CHECK_POSSIBLE, outputs.CHECK_COMPLETE])
        self.assertNotIn("`ping pong done`", failure["message"])

    def test_each_missing_output_comes_with_the_interleaving_that_prints_it(self):
        result = self.grade("ping pong done\n")
        missing = [f for f in result["failures"] if f["check"] == outputs.CHECK_COMPLETE]
        self.assertEqual([f["message"].split(" ")[0] for f in missing], ["`ping", "`pong"])
        self.assertIn("3 different outputs; 2 of them are missing", missing[0]["message"])
        events, threads = missing[0]["trace"], missing[0]["threads"]
        printed = [(thread, detail) for thread, op, _, detail in events if op == "print"]
        self.assertEqual([d for _, d in printed], ["ping", "done", "pong"])
        self.assertIn("MainThread", threads)
        # The print's own line, not a stale line from an earlier step of that thread.
        self.assertEqual([line for _, op, line, detail in events if op == "print" and detail == "done"], [11])

    def test_an_empty_answer_fails_both_checks(self):
        result = self.grade("# nothing yet\n")
        self.assertEqual(result["score"], 0.0)
        self.assertIn("lists no output", result["failures"][0]["message"])


class CliTest(unittest.TestCase):
    def run_outputs(self, answer, program=PING_PONG):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "program.py"), "w", encoding="utf-8") as f:
                f.write(program)
            with open(os.path.join(d, "answer.txt"), "wb") as f:
                f.write(answer)
            with open(os.path.join(d, "policy.json"), "w", encoding="utf-8") as f:
                json.dump(POLICY_JSON, f)
            proc = subprocess.run([sys.executable, "-s", "-m", "threadcheck", "outputs", "--dir", d],
                                  capture_output=True, env=cli_env(), timeout=60)
        return json.loads(proc.stdout.decode("utf-8"))

    def test_the_command_grades_an_answer(self):
        result = self.run_outputs(b"ping done pong\npong ping done\nping pong done\n")
        self.assertEqual(result["verdict"], "pass")
        self.assertEqual(result["stats"]["strategy"], "exhaustive")
        self.assertGreater(result["stats"]["schedules"], 3)

    def test_a_non_utf8_answer_is_a_syntax_failure(self):
        result = self.run_outputs(b"ping \xff done\n")
        self.assertEqual(result["failures"][0]["kind"], "syntax")
        self.assertIn("not UTF-8", result["failures"][0]["message"])

    def test_a_broken_program_is_an_error_not_the_students_failure(self):
        result = self.run_outputs(b"ping\n", program=PING_PONG.replace('print("done")', "1/0"))
        self.assertEqual(result["verdict"], "error")
        self.assertIn("the program fails", result["notes"][0])


if __name__ == "__main__":
    unittest.main()
