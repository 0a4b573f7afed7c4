import { z } from 'zod';
import type { Section } from './section.js';

/**
 * Every heading of lecture 11 ("Параллелизм и Python"), verbatim and in order. Hints and
 * feedback point back to the lecture by heading, so a misspelt one is a schema error rather
 * than a dead link.
 */
export const lectureHeading = z.enum([
  'ОС, процессы и потоки',
  'Общее описание',
  'Возникающие проблемы и задачи',
  'Дополнительно про многопоточность и многопроцессность',
  'Многопоточность в Python',
  'Модуль threading',
  'Класс Thread',
  'Thread как обертка',
  'Определяем текущий поток',
  'Логгирование и потоки',
  'Потоки демоны и не демоны',
  'Обходим все потоки',
  'Наследуемся от Thread',
  'Потоки и таймеры',
  'Синхронизация по Event',
  'Защита совместного доступа к ресурсам',
  'Reentrant lock',
  'Локи и контекстные менеджеры',
  'Синхронизация через condition',
  'Семафоры для допуска нескольких',
  'Приватные данные потока',
  'Только один поток',
  'Почему GIL',
  'Особенности реализации',
  'Попытки убрать',
  'Польза',
  'Есть ли смысл в threading?',
  'Итого про многопоточность',
]);
export type LectureHeading = z.infer<typeof lectureHeading>;

/** The lecture headings each catalogue section covers (spec/catalogue.md). */
export const SECTION_HEADINGS: Readonly<Record<Section, readonly LectureHeading[]>> = {
  'threads-intro': ['ОС, процессы и потоки', 'Возникающие проблемы и задачи'],
  thread: ['Thread как обертка'],
  'current-thread': ['Определяем текущий поток'],
  logging: ['Логгирование и потоки'],
  daemon: ['Потоки демоны и не демоны'],
  enumerate: ['Обходим все потоки'],
  subclass: ['Наследуемся от Thread'],
  timer: ['Потоки и таймеры'],
  event: ['Синхронизация по Event'],
  lock: ['Защита совместного доступа к ресурсам'],
  rlock: ['Reentrant lock'],
  'lock-with': ['Локи и контекстные менеджеры'],
  condition: ['Синхронизация через condition'],
  semaphore: ['Семафоры для допуска нескольких'],
  local: ['Приватные данные потока'],
  gil: ['Только один поток', 'Почему GIL', 'Есть ли смысл в threading?'],
  classic: [],
};
