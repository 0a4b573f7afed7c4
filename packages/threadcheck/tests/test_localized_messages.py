"""Failure messages in Russian too: threadcheck's own (races, deadlocks) and the checks'."""

import unittest

from threadcheck import report

from .support import failure_text, grade_one, prepared_of

COUNTER = """
    class Box:
        def __init__(self):
            self.value = 0

    def work(box):
        box.value = box.value + 1
"""

TWO_WORKERS = """
    @tc.scenario("two workers", bound=1, schedules=50, random_schedules=0)
    def s(sol):
        box = sol.Box()
        tc.join(tc.spawn(sol.work, box, name="A"), tc.spawn(sol.work, box, name="B"))
"""


def failure_of(solution, checks):
    result = grade_one(solution, checks)
    if result.failing is None:
        return result, None
    return result, report.failure_from_schedule(prepared_of(solution), result)


class LocalizedMessages(unittest.TestCase):
    def test_a_race_is_explained_in_russian_too(self):
        result, failure = failure_of(COUNTER, TWO_WORKERS)
        self.assertEqual(failure["kind"], "race", failure_text(result))
        ru = failure["localizedMessage"]["ru"]
        self.assertTrue(ru.startswith("гонка данных на Box.value: "), ru)
        self.assertIn("(строка 6)", ru)
        self.assertEqual(failure["localizedMessage"]["en"], failure["message"])

    def test_a_self_deadlock_is_explained_in_russian_too(self):
        solution = """
            import threading

            class Box:
                def __init__(self):
                    self.lock = threading.Lock()
                    self.value = 0

            def work(box):
                with box.lock:
                    with box.lock:
                        box.value += 1
        """
        result, failure = failure_of(solution, TWO_WORKERS)
        self.assertEqual(failure["kind"], "deadlock", failure_text(result))
        self.assertIn("ждёт лок, который сам же держит", failure["localizedMessage"]["ru"])

    def test_a_checks_message_may_come_in_both_languages(self):
        checks = """
            @tc.scenario("sum", bound=0)
            def s(sol):
                tc.expect(False, {"en": "value is 1, expected 2", "ru": "значение 1, а ожидалось 2"})
        """
        result, failure = failure_of(COUNTER, checks)
        self.assertEqual(failure["message"], "value is 1, expected 2")
        self.assertEqual(failure["localizedMessage"]["ru"], "значение 1, а ожидалось 2")

    def test_an_english_only_message_has_no_translation(self):
        checks = """
            @tc.scenario("sum", bound=0)
            def s(sol):
                tc.expect(False, "value is 1, expected 2")
        """
        _, failure = failure_of(COUNTER, checks)
        self.assertNotIn("localizedMessage", failure)

    def test_a_must_reach_message_may_come_in_both_languages(self):
        entry = report.failure_without_schedule("two readers", "assertion",
                                                {"en": "never two at once", "ru": "ни разу двое сразу"})
        self.assertEqual(entry["message"], "never two at once")
        self.assertEqual(entry["localizedMessage"]["ru"], "ни разу двое сразу")


if __name__ == "__main__":
    unittest.main()


class LocalizedRuntimeMessages(unittest.TestCase):
    ONE = """
        @tc.scenario("one call", bound=0)
        def s(sol):
            sol.work(None)
    """

    def test_an_exception_names_thread_exception_and_line_in_both_languages(self):
        result, failure = failure_of("""
            def work(box):
                raise RuntimeError("cannot notify on un-acquired lock")
        """, self.ONE)
        self.assertEqual(failure["kind"], "exception", failure_text(result))
        self.assertEqual(failure["message"],
                         "MainThread raised RuntimeError: cannot notify on un-acquired lock at line 2")
        self.assertEqual(failure["localizedMessage"]["ru"],
                         "MainThread выбросил исключение RuntimeError: cannot notify on un-acquired "
                         "lock в строке 2")

    def test_an_endless_loop_is_explained_in_both_languages(self):
        result, failure = failure_of("""
            def work(box):
                while True:
                    pass
        """, self.ONE.replace('bound=0)', 'bound=0, max_steps=500)'))
        self.assertEqual(failure["kind"], "timeout", failure_text(result))
        self.assertIn("ran 500 steps without finishing", failure["message"])
        self.assertIn("сделал 500 шагов и не завершился", failure["localizedMessage"]["ru"])
