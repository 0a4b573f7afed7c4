"""Checks of local/request-context: every thread sees only its own request's user."""

import threadcheck as tc


def _serve(sol, user):
    me = tc.threading.current_thread().name
    before = sol.current_user()
    tc.expect(before is None,
              {"en": f"current_user() in {me} returned {before!r} before {me} began a request, "
                     f"expected None: it sees another thread's request",
               "ru": f"current_user() в потоке {me} вернул {before!r} до того, как {me} начал запрос, "
                     f"а ожидалось None: он видит запрос другого потока"})
    sol.begin_request(user)
    tc.sleep(1)  # another thread serves its own request meanwhile
    got = sol.current_user()
    tc.expect(got == user,
              {"en": f"current_user() in {me} returned {got!r} during its request for {user!r}: "
                     f"another thread's request replaced this thread's",
               "ru": f"current_user() в потоке {me} вернул {got!r} во время своего запроса для {user!r}: "
                     f"запрос другого потока подменил запрос этого"})
    sol.end_request()
    after = sol.current_user()
    tc.expect(after is None, {"en": f"current_user() in {me} returned {after!r} after end_request(), "
                                    f"expected None",
                              "ru": f"current_user() в потоке {me} вернул {after!r} после end_request(), а ожидалось None"})


@tc.scenario({"en": "two threads with the same name serve two users at once", "ru": "два потока с одинаковым именем одновременно обслуживают двух пользователей"}, bound=2)
def same_name(sol):
    tc.join(tc.spawn(_serve, sol, "alice", name="worker"),
            tc.spawn(_serve, sol, "bob", name="worker"))


@tc.scenario({"en": "the main thread serves its own request while a worker serves another", "ru": "главный поток обслуживает свой запрос, пока рабочий поток — другой"}, bound=2)
def main_and_worker(sol):
    worker = tc.spawn(_serve, sol, "carol", name="W1")
    _serve(sol, "admin")
    tc.join(worker)
