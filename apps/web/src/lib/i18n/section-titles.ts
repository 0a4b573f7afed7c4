import type { Section } from '@threadlab/contracts';
import type { Lang } from './lang';

/**
 * A readable name for each catalogue section (the API gives only its slug and the lecture
 * headings it covers). Sections the table does not know yet show their slug.
 */
const SECTION_TITLES: Readonly<Record<Section, { ru: string; en: string }>> = {
  'threads-intro': { ru: 'Процессы и потоки', en: 'Processes and threads' },
  thread: { ru: 'Thread как обёртка', en: 'Thread as a wrapper' },
  'current-thread': { ru: 'Текущий поток', en: 'The current thread' },
  logging: { ru: 'Логирование и потоки', en: 'Logging and threads' },
  daemon: { ru: 'Потоки-демоны', en: 'Daemon threads' },
  enumerate: { ru: 'Обход всех потоков', en: 'Enumerating threads' },
  subclass: { ru: 'Наследование от Thread', en: 'Subclassing Thread' },
  timer: { ru: 'Таймеры', en: 'Timers' },
  event: { ru: 'Event', en: 'Event' },
  lock: { ru: 'Lock: защита общих данных', en: 'Lock: guarding shared data' },
  rlock: { ru: 'RLock', en: 'RLock' },
  'lock-with': { ru: 'Локи и with', en: 'Locks and with' },
  condition: { ru: 'Condition', en: 'Condition' },
  semaphore: { ru: 'Семафоры', en: 'Semaphores' },
  local: { ru: 'Данные потока (local)', en: 'Thread-local data' },
  gil: { ru: 'GIL', en: 'The GIL' },
  classic: { ru: 'Классические задачи', en: 'Classic problems' },
};

export function sectionTitle(sectionId: string, lang: Lang): string {
  return (
    (SECTION_TITLES as Record<string, { ru: string; en: string } | undefined>)[sectionId]?.[lang] ??
    sectionId
  );
}
