import { describe, expect, it } from 'vitest';
import { failureKind } from '../failure-kind.js';
import { lectureHeading } from '../lecture-heading.js';
import { DEPRECATED_NAMES, deprecationAdvice } from './deprecated-names.js';
import { explainFailure } from './failure-explanations.js';

describe('failure explanations', () => {
  it('explain every kind in Russian and English, each differently', () => {
    const texts = failureKind.options.map((kind) => explainFailure(kind));
    for (const text of texts) {
      expect(text.ru).toMatch(/[а-я]/);
      expect(text.en).toMatch(/^[A-Z]/);
    }
    expect(new Set(texts.map((text) => text.en)).size).toBe(failureKind.options.length);
  });

  it('point the concurrency kinds back to a heading the lecture has', () => {
    for (const kind of [
      'race',
      'deadlock',
      'assertion',
      'exception',
      'timeout',
      'livelock',
    ] as const)
      expect(lectureHeading.safeParse(explainFailure(kind).lecture).success).toBe(true);
    expect(explainFailure('race').lecture).toBe('Защита совместного доступа к ресурсам');
    expect(explainFailure('livelock').lecture).toBe('Синхронизация по Event');
  });
});

describe('deprecated names', () => {
  it('cover every old name of the lecture', () => {
    for (const name of ['setDaemon', 'currentThread', 'getName', 'isAlive', 'notifyAll'])
      expect(Object.keys(DEPRECATED_NAMES)).toContain(name);
  });

  it('advise the current name in both languages, with the line when known', () => {
    expect(deprecationAdvice({ name: 'notifyAll', line: 12 })).toEqual({
      ru: '`notifyAll` (строка 12) — устаревшее имя из лекции (времён Python 2): пишите `notify_all()`.',
      en: "`notifyAll` (line 12) is a deprecated name from the lecture's Python 2 era: write `notify_all()`.",
      lecture: 'Синхронизация через condition',
    });
    expect(deprecationAdvice({ name: 'isAlive' }).en).toBe(
      "`isAlive` is a deprecated name from the lecture's Python 2 era, removed in Python 3.9: write `is_alive()`.",
    );
  });

  it('still says something useful about a name it has no entry for', () => {
    const advice = deprecationAdvice({ name: 'isSetX' });
    expect(advice.en).toContain('the current name');
    expect(advice).not.toHaveProperty('lecture');
  });
});
