"""The carrier pool keeps the process on one CPU, the one the grader chose when it chose."""

import json
import os
import subprocess
import sys
import unittest

from .support import cli_env

PROBE = ("import os, json; from threadcheck.runtime import carriers; carriers.pin_to_one_cpu(); "
         "print(json.dumps(sorted(os.sched_getaffinity(0))))")


def pinned(extra_env):
    env = cli_env()
    env.pop("THREADCHECK_CPU", None)
    env.update(extra_env)
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, env=env, check=True)
    return json.loads(out.stdout)


class PinningTest(unittest.TestCase):
    def test_one_cpu_only(self):
        self.assertEqual(len(pinned({})), 1)

    def test_the_graders_choice_picks_the_cpu(self):
        cpus = sorted(os.sched_getaffinity(0))
        for index in range(len(cpus) + 1):
            self.assertEqual(pinned({"THREADCHECK_CPU": str(index)}), [cpus[index % len(cpus)]])

    def test_a_malformed_choice_falls_back_to_the_pid(self):
        self.assertEqual(len(pinned({"THREADCHECK_CPU": "-1"})), 1)


if __name__ == "__main__":
    unittest.main()
