"""Checks of subclass/result-thread: run() runs in the new thread, result() waits for it."""

import threadcheck as tc


@tc.scenario({"en": "two threads compute at once; result() waits for each", "ru": "два потока вычисляют одновременно; result() ждёт каждый из них"}, bound=2)
def two_results(sol):
    caller = tc.threading.current_thread()
    ran_in = {}

    def product(x, y):
        me = tc.threading.current_thread()
        tc.expect(me is not caller,
                  {"en": f"fn ran in {me.name}, the thread that called start(): start() must start a "
                         f"new thread, which then calls run(); override run(), not start()",
                   "ru": f"fn выполнилась в {me.name} — потоке, который вызвал start(): start() должен "
                         f"запустить новый поток, а тот вызывает run(); переопределите run(), а не start()"})
        ran_in[x] = me
        tc.sleep(x)
        return x * y

    started = tc.now()
    threads = [sol.ResultThread(product, 2, 3, name="R1"), sol.ResultThread(product, 1, 5, name="R2")]
    for t in threads:
        t.start()
    for t in threads:
        tc.expect(t.name in ("R1", "R2"), {"en": f"a ResultThread created with name='R1' or 'R2' is "
                                                 f"named {t.name!r}: pass name on to Thread.__init__",
                                           "ru": f"ResultThread, созданный с name='R1' или 'R2', называется {t.name!r}: "
                                                 f"передайте name дальше в Thread.__init__"})
    values = [t.result() for t in threads]
    tc.expect(values == [6, 5],
              {"en": f"result() returned {values[0]!r} and {values[1]!r}, expected 6 and 5: result() "
                     f"must wait for the thread to finish (join) before reading what run() stored",
               "ru": f"result() вернул {values[0]!r} и {values[1]!r}, а ожидалось 6 и 5: result() должен "
                     f"дождаться завершения потока (join), прежде чем читать то, что сохранил run()"})
    for x, t in ((2, threads[0]), (1, threads[1])):
        tc.expect(ran_in.get(x) is t,
                  {"en": f"fn for {t.name} ran in {getattr(ran_in.get(x), 'name', None)!r}, expected "
                         f"{t.name} itself",
                   "ru": f"fn для {t.name} выполнилась в {getattr(ran_in.get(x), 'name', None)!r}, а ожидалось "
                         f"в самом {t.name}"})
    again = threads[0].result()
    tc.expect(again == 6, {"en": f"a second result() on R1 returned {again!r}, expected 6 again",
                           "ru": f"повторный result() у R1 вернул {again!r}, а ожидалось снова 6"})
    elapsed = tc.now() - started
    tc.expect(elapsed < 3,
              {"en": f"the two threads took {elapsed:g} s (virtual time) for calls of 2 s and 1 s, "
                     f"expected 2 s: they ran one after another",
               "ru": f"два потока заняли {elapsed:g} с (виртуального времени) на вызовы по 2 с и 1 с, "
                     f"а ожидалось 2 с: они шли один за другим"})


@tc.scenario({"en": "fn raises: result() raises it, the thread ends quietly", "ru": "fn выбрасывает исключение: result() выбрасывает его же, а поток завершается тихо"}, bound=2)
def failing(sol):
    caller = tc.threading.current_thread()

    def boom():
        me = tc.threading.current_thread()
        tc.expect(me is not caller,
                  {"en": f"fn ran in {me.name}, the thread that called start(): override run(), not start()",
                   "ru": f"fn выполнилась в {me.name} — потоке, который вызвал start(): переопределите "
                         f"run(), а не start()"})
        tc.sleep(1)
        raise ValueError("boom")

    t = sol.ResultThread(boom, name="R1")
    t.start()
    try:
        value = t.result()
    except ValueError as exc:
        tc.expect(str(exc) == "boom", {"en": f"result() raised ValueError({str(exc)!r}), expected fn's "
                                             f"own ValueError('boom')",
                                       "ru": f"result() выбросил ValueError({str(exc)!r}), а ожидался собственный "
                                             f"ValueError('boom') из fn"})
        tc.expect(not t.is_alive(), {"en": "result() raised while the thread was still running",
                                     "ru": "result() выбросил исключение, пока поток ещё работал"})
        return
    tc.fail({"en": f"result() returned {value!r} although fn raised ValueError('boom'): keep the "
                   f"exception in run() and raise it again in result(), after waiting for the thread",
             "ru": f"result() вернул {value!r}, хотя fn выбросила ValueError('boom'): сохраните "
                   f"исключение в run() и выбросьте его снова в result(), дождавшись потока"})
