"""Checks of gil/parallel-fetch: I/O-bound fetches overlap, measured in virtual time.

The check's fetch sleeps (tc.sleep) for a fixed time per URL, like a network call that
only waits. Elapsed times are read with tc.now(), so "3 s instead of 6 s" is exact and
independent of the machine.
"""

import threadcheck as tc

EPS = 1e-6


class Site:
    """The check's fetch and what it saw (check code is atomic, so no lock is needed)."""

    def __init__(self, durations, workers):
        self.durations = durations
        self.workers = workers
        self.active = []
        self.intervals = []  # (url, start, end)
        self.calls = []

    def fetch(self, url):
        start = tc.now()
        self.calls.append(url)
        self.active.append(url)
        tc.expect(len(self.active) <= self.workers,
                  {"en": f"{len(self.active)} fetches ran at once ({', '.join(self.active)}) at "
                         f"{start:g} s, expected at most workers={self.workers}",
                   "ru": f"в {start:g} с одновременно шло загрузок: {len(self.active)} "
                         f"({', '.join(self.active)}), а допустимо не больше workers={self.workers}"})
        tc.sleep(self.durations[url])
        self.active.remove(url)
        self.intervals.append((url, start, tc.now()))
        return f"page of {url}"


def _story(site):
    parts = ", ".join(f"{u} {d:g} s" for u, d in site.durations.items())
    return f"fetch_all({list(site.durations)}, fetch, workers={site.workers}) with fetches of {parts}"


def _story_ru(site):
    parts = ", ".join(f"{u} {d:g} с" for u, d in site.durations.items())
    return f"fetch_all({list(site.durations)}, fetch, workers={site.workers}) (загрузки: {parts})"


def _run(sol, durations, workers):
    site = Site(durations, workers)
    urls = list(durations)
    start = tc.now()
    got = sol.fetch_all(urls, site.fetch, workers=workers)
    elapsed = tc.now() - start
    story = _story(site)
    story_ru = _story_ru(site)
    twice = sorted({u for u in site.calls if site.calls.count(u) > 1})
    tc.expect(sorted(site.calls) == sorted(urls),
              {"en": f"{story}: fetch was called for {site.calls}, expected each URL exactly once"
                     + (f" ({', '.join(twice)} more than once: is the next-URL counter shared without a lock?)"
                        if twice else ""),
               "ru": f"{story_ru}: fetch вызывалась для {site.calls}, а ожидался ровно один вызов "
                     f"на каждый URL"
                     + (f" ({', '.join(twice)} — больше одного раза: не общий ли у потоков счётчик "
                        f"следующего URL без лока?)" if twice else "")})
    expected = [f"page of {u}" for u in urls]
    tc.expect(got == expected,
              {"en": f"{story}: returned {got!r}, expected {expected!r}: the results must be in the "
                     f"order of the URLs, not in the order the fetches finished",
               "ru": f"{story_ru}: вернула {got!r}, а ожидалось {expected!r}: результаты должны идти "
                     f"в порядке URL, а не в порядке завершения загрузок"})
    return site, elapsed, story


def _idle_worker(site):
    """A moment when fewer than `workers` fetches ran while a URL was still waiting."""
    marks = sorted({t for _, s, e in site.intervals for t in (s, e)})
    for a, b in zip(marks, marks[1:]):
        running = sum(1 for _, s, e in site.intervals if s <= a + EPS and e > a + EPS)
        waiting = [(u, s) for u, s, _ in site.intervals if s > a + EPS]
        if running < site.workers and waiting:
            url, started = min(waiting, key=lambda w: w[1])
            return a, b, running, url, started
    return None


@tc.scenario({"en": "three URLs of 3, 1 and 2 s: as long as the slowest, not the sum", "ru": "три URL по 3, 1 и 2 с: столько, сколько самый долгий, а не сумма"}, bound=1)
def overlap(sol):
    site, elapsed, story = _run(sol, {"a": 3, "b": 1, "c": 2}, workers=4)
    tc.expect(abs(elapsed - 3) < EPS,
              {"en": f"{story} took {elapsed:g} s, expected 3 s (the slowest fetch): "
                     + ("the fetches ran one after another. While one thread waits for the network "
                        "the others can run: start all the threads first, then join them"
                        if elapsed > 3 + EPS else "it returned before every fetch had finished"),
               "ru": f"{_story_ru(site)} заняла {elapsed:g} с, а ожидалось 3 с (самая долгая загрузка): "
                     + ("загрузки шли одна за другой. Пока один поток ждёт сеть, остальные могут "
                        "работать: сначала запустите все потоки, потом дождитесь их (join)"
                        if elapsed > 3 + EPS else "она вернулась раньше, чем закончились все загрузки")})


@tc.scenario({"en": "three 1-s URLs with workers=2: at most two at a time, 2 s in all", "ru": "три URL по 1 с при workers=2: не больше двух одновременно, всего 2 с"}, bound=1)
def limited(sol):
    site, elapsed, story = _run(sol, {"a": 1, "b": 1, "c": 1}, workers=2)
    tc.expect(abs(elapsed - 2) < EPS,
              {"en": f"{story} took {elapsed:g} s, expected 2 s: two fetches at once, then the third",
               "ru": f"{_story_ru(site)} заняла {elapsed:g} с, а ожидалось 2 с: сначала две загрузки "
                     f"сразу, потом третья"})


@tc.scenario({"en": "3, 1, 1 and 1 s with workers=2: a free worker takes the next URL at once", "ru": "3, 1, 1 и 1 с при workers=2: освободившийся поток сразу берёт следующий URL"}, bound=0)
def no_idle_worker(sol):
    site, elapsed, story = _run(sol, {"a": 3, "b": 1, "c": 1, "d": 1}, workers=2)
    idle = _idle_worker(site)
    if idle is not None:
        a, b, running, url, started = idle
        tc.fail({"en": f"{story}: from {a:g} s to {b:g} s only {running} fetch(es) ran although "
                       f"workers=2, while {url} waited until {started:g} s: a new fetch must start "
                       f"as soon as a running one ends (not batch by batch)",
                 "ru": f"{_story_ru(site)}: с {a:g} до {b:g} с одновременно шло загрузок: всего {running}, "
                       f"хотя workers=2, а {url} ждал до {started:g} с: новая загрузка должна начинаться, "
                       f"как только закончилась одна из текущих (а не пачками)"})
