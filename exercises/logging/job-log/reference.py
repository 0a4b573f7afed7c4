import logging
import threading


def make_logger() -> logging.Logger:
    logger = logging.getLogger("jobs")
    handler = logging.StreamHandler()  # standard error
    handler.setFormatter(logging.Formatter("%(threadName)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def run_jobs(logger: logging.Logger, jobs: dict) -> None:
    def work(job):
        logger.info("start")
        result = job()
        logger.info("done: %s", result)

    threads = [threading.Thread(target=work, args=(job,), name=name) for name, job in jobs.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
