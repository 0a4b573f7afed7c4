# The main thread logs "done" after join(): %(threadName)s then says MainThread, not the job.
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
    names = list(jobs)
    results = [None] * len(names)

    def work(i):
        logger.info("start")
        results[i] = jobs[names[i]]()

    threads = [threading.Thread(target=work, args=(i,), name=names[i]) for i in range(len(names))]
    for t in threads:
        t.start()
    for i, t in enumerate(threads):
        t.join()
        logger.info("done: %s", results[i])
