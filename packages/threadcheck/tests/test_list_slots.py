"""Each slot of a list is a location of its own; the list as a whole conflicts with every slot."""

import unittest

from .support import failure_text, grade_one

CHECK = """
    @tc.scenario("two writers", bound=2, schedules=500, random_schedules=20)
    def s(sol):
        tc.expect(sol.go() is not None, "go() returned None")
"""


class ListSlots(unittest.TestCase):
    def assert_passes(self, result):
        self.assertTrue(result.passed, failure_text(result))

    def assert_race(self, result):
        self.assertFalse(result.passed, "a race was not found")
        self.assertEqual(result.failing.failure.kind, "race", failure_text(result))

    def test_threads_writing_their_own_slots_do_not_race(self):
        result = grade_one("""
            import threading

            def go():
                results = [None] * 3
                def work(i):
                    results[i] = i * 10
                    results[-3 + i] = results[i] + 1
                threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                return results if results == [1, 11, 21] and len(results) == 3 else None
        """, CHECK)
        self.assert_passes(result)

    def test_two_threads_writing_one_slot_race(self):
        result = grade_one("""
            import threading

            def go():
                results = [None] * 2
                def work(i):
                    results[1] = i
                threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                return results
        """, CHECK)
        self.assert_race(result)

    def test_reading_the_whole_list_while_a_slot_is_written_races(self):
        result = grade_one("""
            import threading

            def go():
                results = [None] * 2
                def work():
                    results[0] = 1
                t = threading.Thread(target=work)
                t.start()
                n = sum(r for r in results if r)
                t.join()
                return n
        """, CHECK)
        self.assert_race(result)

    def test_appending_from_two_threads_still_races(self):
        result = grade_one("""
            import threading

            def go():
                results = [0]
                def work(i):
                    results.append(i)
                threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                return results
        """, CHECK)
        self.assert_race(result)

    def test_a_slot_written_while_another_thread_appends_races(self):
        result = grade_one("""
            import threading

            def go():
                results = [0, 0]
                def writer():
                    results[0] = 1
                def appender():
                    results.append(2)
                threads = [threading.Thread(target=writer), threading.Thread(target=appender)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                return results
        """, CHECK)
        self.assert_race(result)


if __name__ == "__main__":
    unittest.main()
