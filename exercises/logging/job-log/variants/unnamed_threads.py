# The threads keep their default names ("Thread-1 (work)"), so the lines do not name the job.
import logging
import threading


def make_logger():
    logger = logging.getLogger("jobs")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(threadName)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def run_jobs(logger, jobs):
    def work(job):
        logger.info("start")
        result = job()
        logger.info("done: %s", result)

    threads = [threading.Thread(target=work, args=(job,)) for job in jobs.values()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
