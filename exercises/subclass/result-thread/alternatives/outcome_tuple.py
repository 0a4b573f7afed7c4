import threading


class ResultThread(threading.Thread):
    def __init__(self, fn, *args, name=None):
        super().__init__(group=None, name=name, daemon=False)
        self._job = (fn, args)
        self._outcome = None

    def run(self):
        fn, args = self._job
        try:
            self._outcome = ("ok", fn(*args))
        except Exception as exc:
            self._outcome = ("error", exc)

    def result(self):
        self.join()
        kind, payload = self._outcome
        if kind == "error":
            raise payload
        return payload
