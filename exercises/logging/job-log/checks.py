"""Checks of logging/job-log: each thread logs its own lines, named by %(threadName)s."""

import logging

import threadcheck as tc


class _Records(logging.Handler):
    """The check's own handler on the student's logger: (thread name, message) of every record."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.seen = []

    def emit(self, record):
        self.seen.append((record.threadName, record.getMessage()))


def _line(text):
    # "%(threadName)-10s: %(message)s" pads the name, as in the lecture: accept that too.
    name, sep, message = text.partition(":")
    return f"{name.strip()}: {message.strip()}" if sep else text


@tc.scenario({"en": "two jobs, each logged by its own thread", "ru": "два задания, каждое пишет в журнал из своего потока"}, bound=2)
def two_jobs(sol):
    logger = sol.make_logger()
    tc.expect(isinstance(logger, logging.Logger) and logger.name == "jobs",
              {"en": f"make_logger() returned {logger!r}, expected the logger named 'jobs' "
                     f"(logging.getLogger('jobs'))",
               "ru": f"make_logger() вернул {logger!r}, а ожидался логгер с именем 'jobs' "
                     f"(logging.getLogger('jobs'))"})
    records = _Records()
    logger.addHandler(records)
    logger.info("ready")
    tc.expect(records.seen == [("MainThread", "ready")],
              {"en": "logger.info('ready') produced no record: set the logger's level to logging.INFO "
                     "(the default, WARNING, drops info())",
               "ru": "logger.info('ready') не создал записи: установите логгеру уровень logging.INFO "
                     "(уровень по умолчанию, WARNING, отбрасывает info())"})

    delays = {"A": 2, "B": 1}
    results = {"A": 42, "B": "ok"}

    def job_for(name):
        def job():
            me = tc.threading.current_thread().name
            tc.expect(me == name,
                      {"en": f"job {name} ran in the thread {me!r}, expected a thread named {name!r}: "
                             f"create each thread with name=<its key>",
                       "ru": f"задание {name} выполнялось в потоке {me!r}, а ожидался поток с именем {name!r}: "
                             f"создавайте каждый поток с name=<его ключ>"})
            mine = [m for t, m in records.seen if t == name]
            tc.expect(mine == ["start"],
                      {"en": f"job {name} was called when thread {name} had logged {mine}, expected "
                             f"['start']: log 'start' in the job's own thread, before calling the job",
                       "ru": f"задание {name} вызвано, когда поток {name} записал в журнал {mine}, а ожидалось "
                             f"['start']: пишите 'start' в собственном потоке задания, до вызова задания"})
            tc.sleep(delays[name])
            return results[name]
        return job

    started = tc.now()
    sol.run_jobs(logger, {name: job_for(name) for name in delays})
    elapsed = tc.now() - started

    by_thread = {}
    for thread, message in records.seen:
        by_thread.setdefault(thread, []).append(message)
    main = by_thread.pop("MainThread", [])
    tc.expect(main == ["ready"],
              {"en": f"MainThread logged {main[1:]} during run_jobs: a line logged by the main thread "
                     f"carries its name; log 'start' and 'done' in each job's own thread",
               "ru": f"MainThread записал в журнал {main[1:]} во время run_jobs: в строке, записанной "
                     f"главным потоком, стоит его имя; пишите 'start' и 'done' в собственном потоке "
                     f"каждого задания"})
    for name in delays:
        want = ["start", f"done: {results[name]}"]
        got = by_thread.pop(name, [])
        if got == want[:len(got)] and len(got) < len(want):
            tc.fail({"en": f"run_jobs returned when thread {name} had logged only {got}: it returned "
                           f"before the thread finished; join() every thread",
                     "ru": f"run_jobs вернулась, когда поток {name} записал в журнал только {got}: она вернулась "
                           f"раньше, чем поток закончился; дождитесь каждого потока (join())"})
        tc.expect(got == want, {"en": f"thread {name} logged {got}, expected {want}",
                                "ru": f"поток {name} записал в журнал {got}, а ожидалось {want}"})
    tc.expect(not by_thread, {"en": f"unexpected records from the threads {sorted(by_thread)}: "
                                    f"{by_thread}; only the threads A and B log",
                              "ru": f"неожиданные записи от потоков {sorted(by_thread)}: {by_thread}; в журнал пишут "
                                    f"только потоки A и B"})

    lines = tc.output().splitlines()
    expected = sorted(["MainThread: ready"] + [f"{n}: {m}" for n in delays
                                               for m in ("start", f"done: {results[n]}")])
    tc.expect(sorted(_line(x) for x in lines) == expected,
              {"en": f"standard error got the lines {lines}, expected {expected} (in some order): "
                     f"every record once, as '%(threadName)s: %(message)s', and nothing else",
               "ru": f"в стандартный поток ошибок попали строки {lines}, а ожидались {expected} (в любом "
                     f"порядке): каждая запись один раз, в виде '%(threadName)s: %(message)s', и ничего больше"})
    longest = max(delays.values())
    tc.expect(elapsed < longest + min(delays.values()),
              {"en": f"run_jobs took {elapsed:g} s (virtual time) for jobs of 2 s and 1 s, expected "
                     f"{longest:g} s: the threads ran one after another; start all before joining any",
               "ru": f"run_jobs заняла {elapsed:g} с (виртуального времени) для заданий по 2 с и 1 с, а "
                     f"ожидалось {longest:g} с: потоки шли один за другим; запустите все потоки, прежде "
                     f"чем ждать (join) хотя бы один"})
