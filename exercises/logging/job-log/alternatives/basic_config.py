import logging
import threading


def make_logger():
    # The root logger writes to standard error; "jobs" passes its records up to it.
    logging.basicConfig(format="%(threadName)s: %(message)s")
    logger = logging.getLogger("jobs")
    logger.setLevel(logging.INFO)
    return logger


def run_jobs(logger, jobs):
    def work(job):
        logger.info("start")
        logger.info("done: %s", job())

    threads = []
    for name, job in jobs.items():
        t = threading.Thread(target=work, args=(job,))
        t.name = name
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
