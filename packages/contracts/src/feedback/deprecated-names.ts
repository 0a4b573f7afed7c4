import { z } from 'zod';
import type { LectureHeading } from '../lecture-heading.js';

/**
 * Names the lecture uses that Python 3 deprecated or removed, with what to write instead and
 * the lecture heading where they appear. A solution using them is not failed: the result
 * lists them (`deprecated`) and the student is told what to write instead.
 */
export const DEPRECATED_NAMES = {
  setDaemon: { use: 'daemon = True', lecture: 'Потоки демоны и не демоны' },
  isDaemon: { use: 'daemon', lecture: 'Потоки демоны и не демоны' },
  getName: { use: 'name', lecture: 'Определяем текущий поток' },
  setName: { use: 'name = ...', lecture: 'Определяем текущий поток' },
  currentThread: { use: 'current_thread()', lecture: 'Определяем текущий поток' },
  activeCount: { use: 'active_count()', lecture: 'Обходим все потоки' },
  isAlive: { use: 'is_alive()', lecture: 'Потоки демоны и не демоны' },
  notifyAll: { use: 'notify_all()', lecture: 'Синхронизация через condition' },
  isSet: { use: 'is_set()', lecture: 'Синхронизация по Event' },
} as const satisfies Record<string, { use: string; lecture: LectureHeading }>;

export type DeprecatedName = keyof typeof DEPRECATED_NAMES;

/** One use of a deprecated name in a submission, as threadcheck reports it. */
export const deprecatedUse = z.looseObject({
  name: z.string().min(1),
  /** The submission's line, when the use was seen in its source. */
  line: z.int().min(1).optional(),
});
export type DeprecatedUse = z.infer<typeof deprecatedUse>;

/** What to tell the student about one use, in both languages. */
export function deprecationAdvice(use: DeprecatedUse): {
  ru: string;
  en: string;
  lecture?: string;
} {
  const known = (DEPRECATED_NAMES as Record<string, { use: string; lecture: string } | undefined>)[
    use.name
  ];
  const replacement = known?.use ?? 'the current name';
  const where = {
    ru: use.line ? ` (строка ${use.line})` : '',
    en: use.line ? ` (line ${use.line})` : '',
  };
  const removed = use.name === 'isAlive';
  return {
    ru:
      `\`${use.name}\`${where.ru} — устаревшее имя из лекции (времён Python 2)` +
      `${removed ? ', в Python 3.9 его удалили' : ''}: пишите \`${replacement}\`.`,
    en:
      `\`${use.name}\`${where.en} is a deprecated name from the lecture's Python 2 era` +
      `${removed ? ', removed in Python 3.9' : ''}: write \`${replacement}\`.`,
    ...(known ? { lecture: known.lecture } : {}),
  };
}
