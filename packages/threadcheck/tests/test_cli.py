"""`python3 -m threadcheck run` end to end: the signed channel, seeds, replays, the exercises."""

import hashlib
import hmac
import json
import os
import secrets
import subprocess
import sys
import tempfile
import unittest

from .support import EXERCISES, POLICY_JSON, cli_env, grade_dir, run_cli, write_dir

# Enough schedules that exploring takes more than the 0.1 s between progress messages.
BUSY_SOLUTION = """
import threading


class Counter:
    def __init__(self, start=0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self):
        with self.lock:
            self.value = self.value + 1
"""

BUSY_CHECK = """import threadcheck as tc


@tc.scenario("three threads, twice each", bound=2, schedules=3000, random_schedules=20)
def busy(sol):
    c = sol.Counter()
    def work():
        c.increment()
        c.increment()
    tc.join(*[tc.spawn(work) for _ in range(3)])
    tc.expect(c.value == 6, f"value is {c.value}")


@tc.scenario("one thread", bound=0)
def one(sol):
    c = sol.Counter(3)
    c.increment()
    tc.expect(c.value == 4, f"value is {c.value}")
"""

# A lost update that needs one preemption, with bound 0: only the seeded phases can find it.
SPLIT_SOLUTION = """
import threading


class Counter:
    def __init__(self, start=0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self):
        with self.lock:
            current = self.value
        with self.lock:
            self.value = current + 1
"""

SEEDED_CHECK = """import threadcheck as tc


@tc.scenario("passes", bound=0)
def fine(sol):
    tc.expect(sol.Counter(1).value == 1, "start value")


@tc.scenario("three threads", bound=0, random_schedules=200, time_budget=5.0)
def three(sol):
    c = sol.Counter()
    tc.join(*[tc.spawn(c.increment) for _ in range(3)])
    tc.expect(c.value == 3, f"value is {c.value}: an update was lost")
"""


def run_signed(directory, *extra, key=None):
    """Run with --result-fd; returns (key, raw channel lines, proc)."""
    key = key or secrets.token_hex(32)
    read_end, write_end = os.pipe()
    # stdout/stderr in files, so that neither can fill up while the channel is read
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(
                [sys.executable, "-s", "-m", "threadcheck", "run", "--dir", directory,
                 "--result-fd", str(write_end), *extra],
                stdin=subprocess.PIPE, stdout=out, stderr=err, pass_fds=(write_end,), env=cli_env())
        finally:
            os.close(write_end)
        with os.fdopen(read_end, "rb") as channel:
            proc.stdin.write(key.encode() + b"\n")
            proc.stdin.close()
            data = channel.read()
        proc.wait(timeout=60)
        out.seek(0)
        err.seek(0)
        proc.stdout_data, proc.stderr_data = out.read(), err.read()
    return key, data.splitlines(), proc


def verify(key, line):
    mac, _, payload = line.partition(b" ")
    expected = hmac.new(bytes.fromhex(key), payload, hashlib.sha256).hexdigest().encode()
    return hmac.compare_digest(mac, expected), payload


class SignedChannel(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        write_dir(cls.tmp.name, BUSY_SOLUTION, BUSY_CHECK, POLICY_JSON)
        cls.key, cls.lines, cls.proc = run_signed(cls.tmp.name, "--seed", "5")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def messages(self):
        out = []
        for line in self.lines:
            ok, payload = verify(self.key, line)
            self.assertTrue(ok, f"bad HMAC on {line[:100]!r}")
            out.append(json.loads(payload))
        return out

    def test_every_line_is_signed_with_the_key(self):
        self.assertTrue(self.lines)
        for line in self.lines:
            mac = line.split(b" ", 1)[0]
            self.assertRegex(mac.decode(), r"^[0-9a-f]{64}$")
        self.messages()

    def test_a_different_key_does_not_verify(self):
        other = secrets.token_hex(32)
        self.assertFalse(any(verify(other, line)[0] for line in self.lines))

    def test_exactly_one_result_and_it_is_last(self):
        messages = self.messages()
        kinds = [m["type"] for m in messages]
        self.assertEqual(kinds.count("result"), 1)
        self.assertEqual(kinds[-1], "result")
        result = messages[-1]["result"]
        self.assertEqual(result["verdict"], "pass", result)
        self.assertEqual(result["score"], 1.0)
        self.assertEqual([c["name"] for c in result["checks"]], ["three threads, twice each", "one thread"])
        self.assertEqual(result["stats"]["seed"], 5)

    def test_progress_messages_come_before_the_result(self):
        progress = [m for m in self.messages() if m["type"] == "progress"]
        self.assertTrue(progress, "no progress message from a long scenario")
        for m in progress:
            self.assertEqual(m["scenario"], "three threads, twice each")
            self.assertIsInstance(m["schedules"], int)
            self.assertIn("elapsedMs", m)
        counts = [m["schedules"] for m in progress]
        self.assertEqual(counts, sorted(counts))

    def test_nothing_on_stdout_is_the_result(self):
        self.assertEqual(self.proc.returncode, 0)
        self.assertNotIn(b'"type":"result"', self.proc.stdout_data)

    def test_a_bad_key_is_refused(self):
        read_end, write_end = os.pipe()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-s", "-m", "threadcheck", "run", "--dir", self.tmp.name,
                 "--result-fd", str(write_end)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                pass_fds=(write_end,), env=cli_env())
        finally:
            os.close(write_end)
        _, stderr = proc.communicate(b"short\n", timeout=30)
        with os.fdopen(read_end, "rb") as channel:
            self.assertEqual(channel.read(), b"")
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn(b"64-hex-character", stderr)


class SeedsAndReplays(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        write_dir(cls.tmp.name, SPLIT_SOLUTION, SEEDED_CHECK, POLICY_JSON)
        cls.first, _ = run_cli(cls.tmp.name, "--seed", "11")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def failure(self, result):
        self.assertEqual(result["verdict"], "fail", result)
        (failure,) = result["failures"]
        return failure

    def test_the_seeded_phases_find_the_lost_update(self):
        failure = self.failure(self.first)
        self.assertEqual(failure["check"], "three threads")
        self.assertEqual(failure["kind"], "assertion")
        self.assertTrue(failure["schedule"].startswith("tc1.1."))
        self.assertEqual(self.first["score"], 0.5)
        self.assertEqual(self.first["stats"]["seed"], 11)
        self.assertTrue(failure["trace"])

    def test_same_seed_same_failing_schedule(self):
        again, _ = run_cli(self.tmp.name, "--seed", "11")
        self.assertEqual(self.failure(again)["schedule"], self.failure(self.first)["schedule"])
        self.assertEqual(self.failure(again)["trace"], self.failure(self.first)["trace"])

    def test_the_seed_matters(self):
        tokens = {self.failure(self.first)["schedule"]}
        for seed in (12, 13, 14):
            result, _ = run_cli(self.tmp.name, "--seed", str(seed))
            tokens.add(self.failure(result)["schedule"])
        self.assertGreater(len(tokens), 1, "every seed gave the same schedule")

    def test_replay_reproduces_the_failure(self):
        failure = self.failure(self.first)
        replayed, _ = run_cli(self.tmp.name, "--replay", failure["schedule"])
        again = self.failure(replayed)
        self.assertEqual(again["check"], failure["check"])
        self.assertEqual(again["kind"], failure["kind"])
        self.assertEqual(again["message"], failure["message"])
        self.assertEqual(again["schedule"], failure["schedule"])
        self.assertEqual(again["trace"], failure["trace"])
        self.assertEqual(replayed["stats"]["schedules"], 1)

    def test_replay_on_a_fixed_solution_passes(self):
        failure = self.failure(self.first)
        with tempfile.TemporaryDirectory() as d:
            write_dir(d, BUSY_SOLUTION, SEEDED_CHECK, POLICY_JSON)
            result, _ = run_cli(d, "--replay", failure["schedule"])
        self.assertEqual(result["verdict"], "pass", result)

    def test_malformed_token_is_an_error_verdict(self):
        for token in ("nonsense", "tc1.1.!!!", "tc1.99." + self.failure(self.first)["schedule"].split(".")[2]):
            with self.subTest(token=token):
                result, proc = run_cli(self.tmp.name, "--replay", token)
                self.assertEqual(result["verdict"], "error")
                self.assertEqual(result["score"], 0.0)
                self.assertTrue(result["notes"])
                self.assertTrue("replay token" in result["notes"][0] or "scenario 99" in result["notes"][0],
                                result["notes"])
                self.assertEqual(proc.returncode, 0)


class BadSolutionFiles(unittest.TestCase):
    def test_non_utf8_solution_is_a_syntax_failure(self):
        result, _ = grade_dir(b"x = '\xff\xfe'\n", SEEDED_CHECK)
        self.assertEqual(result["verdict"], "fail")
        (failure,) = result["failures"]
        self.assertEqual(failure["kind"], "syntax")
        self.assertIn("not UTF-8", failure["message"])
        self.assertEqual({c["kind"] for c in result["checks"]}, {"syntax"})

    def test_syntax_error_names_the_line(self):
        result, _ = grade_dir("class Counter:\n    def __init__(self\n", SEEDED_CHECK)
        self.assertEqual(result["failures"][0]["kind"], "syntax")
        self.assertIn("line 2", result["failures"][0]["message"])

    def test_forbidden_import_is_reported_with_its_line(self):
        result, _ = grade_dir("import threading\nimport queue\n", SEEDED_CHECK)
        self.assertEqual(result["failures"][0]["kind"], "forbidden")
        self.assertIn("line 2", result["failures"][0]["message"])
        self.assertIn("queue", result["failures"][0]["message"])

    def test_a_logged_traceback_reads_the_solution_without_opening_it(self):
        solution = BUSY_SOLUTION.replace("            self.value = self.value + 1", """            self.value = self.value + 1
        import logging
        try:
            raise ValueError("caught here")
        except ValueError:
            logging.exception("increment logged")""")
        result, proc = grade_dir(solution, SEEDED_CHECK)
        self.assertEqual(result["verdict"], "pass", result["failures"])
        del proc  # the traceback itself goes to the schedule's captured output

    def test_deprecated_names_become_notes(self):
        solution = BUSY_SOLUTION.replace("self.lock = threading.Lock()",
                                         "self.lock = threading.Lock()\n        threading.currentThread()")
        result, _ = grade_dir(solution, SEEDED_CHECK)
        self.assertTrue(any("currentThread" in n and "current_thread()" in n for n in result["notes"]),
                        result["notes"])
        # And as data, for feedback in the student's language, with the line seen statically.
        (use,) = result["deprecated"]
        self.assertEqual(use["name"], "currentThread")
        self.assertEqual(solution.splitlines()[use["line"] - 1].strip(), "threading.currentThread()")


def exercise_policy(name):
    policy = dict(POLICY_JSON)
    policy["exercise"] = name
    return policy


EXPECTED = {
    "lock/counter": {
        "no_lock.py": "race",
        "lock_per_call.py": "race",
        "split_critical_section.py": "assertion",
        "lock_leaked_on_path.py": "deadlock",
    },
    "condition/bounded-buffer": {
        "if_instead_of_while.py": "exception",
        "single_condition_notify.py": "deadlock",
        "check_then_act.py": "race",
        "notify_without_lock.py": "exception",
    },
}


class Exercises(unittest.TestCase):
    """Each exercise's reference passes and every variant fails with the kind it demonstrates."""

    @classmethod
    def setUpClass(cls):
        # Run all of them at once: each is its own process (and pins itself to one CPU).
        cls.tmp = tempfile.TemporaryDirectory()
        cls.procs = {}
        for exercise, variants in EXPECTED.items():
            base = os.path.join(EXERCISES, exercise)
            with open(os.path.join(base, "checks.py"), encoding="utf-8") as f:
                checks = f.read()
            for solution in ["reference.py"] + [os.path.join("variants", v) for v in variants]:
                d = os.path.join(cls.tmp.name, exercise.replace("/", "-"), solution.replace("/", "-"))
                os.makedirs(d)
                with open(os.path.join(base, solution), encoding="utf-8") as f:
                    write_dir(d, f.read(), checks, exercise_policy(exercise))
                cls.procs[exercise, os.path.basename(solution)] = subprocess.Popen(
                    [sys.executable, "-s", "-m", "threadcheck", "run", "--dir", d, "--seed", "1"],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env())
        cls.results = {}
        for key, proc in cls.procs.items():
            stdout, stderr = proc.communicate(timeout=120)
            cls.results[key] = (json.loads(stdout) if stdout.strip() else None, stderr)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def result(self, exercise, solution):
        result, stderr = self.results[exercise, solution]
        self.assertIsNotNone(result, stderr.decode(errors="replace")[-2000:])
        return result

    def test_variant_files_are_the_ones_expected(self):
        for exercise, variants in EXPECTED.items():
            found = sorted(f for f in os.listdir(os.path.join(EXERCISES, exercise, "variants"))
                           if f.endswith(".py"))
            self.assertEqual(found, sorted(variants), f"{exercise}: update EXPECTED in this test")

    def test_references_pass(self):
        for exercise in EXPECTED:
            with self.subTest(exercise=exercise):
                result = self.result(exercise, "reference.py")
                self.assertEqual(result["verdict"], "pass", result["failures"])
                self.assertEqual(result["score"], 1.0)
                self.assertTrue(all(c["passed"] for c in result["checks"]))
                self.assertGreater(result["stats"]["schedules"], len(result["checks"]))

    def test_variants_fail_with_their_kind(self):
        for exercise, variants in EXPECTED.items():
            for variant, kind in variants.items():
                with self.subTest(exercise=exercise, variant=variant):
                    result = self.result(exercise, variant)
                    self.assertEqual(result["verdict"], "fail")
                    self.assertTrue(result["failures"])
                    self.assertEqual({f["kind"] for f in result["failures"]}, {kind},
                                     [f["message"] for f in result["failures"]])
                    for f in result["failures"]:
                        self.assertTrue(f["schedule"].startswith("tc1."))
                        self.assertTrue(f["trace"])


if __name__ == "__main__":
    unittest.main()


class CheckTitles(unittest.TestCase):
    def test_a_scenario_named_in_both_languages_reports_both(self):
        checks = SEEDED_CHECK.replace('@tc.scenario("three threads",',
                                      '@tc.scenario({"en": "three threads", "ru": "три потока"},')
        result, _ = grade_dir(SPLIT_SOLUTION, checks)
        by_name = {c["name"]: c for c in result["checks"]}
        self.assertEqual(by_name["three threads"]["title"], {"ru": "три потока", "en": "three threads"})
        self.assertNotIn("title", by_name["passes"])
        (failure,) = result["failures"]
        self.assertEqual((failure["check"], failure["checkTitle"]["ru"]), ("three threads", "три потока"))
