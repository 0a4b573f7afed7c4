# run_jobs returns right after starting the threads: their lines come later, if at all.
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

    for name, job in jobs.items():
        threading.Thread(target=work, args=(job,), name=name).start()
