# The formatter has no %(threadName)s: the lines of different threads look the same.
import logging
import threading


def make_logger():
    logger = logging.getLogger("jobs")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def run_jobs(logger, jobs):
    def work(job):
        logger.info("start")
        result = job()
        logger.info("done: %s", result)

    threads = [threading.Thread(target=work, args=(job,), name=name) for name, job in jobs.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
