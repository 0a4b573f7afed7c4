import type { Explanation } from '../failure.js';
import type { FailureKind } from '../failure-kind.js';
import type { LectureHeading } from '../lecture-heading.js';

/**
 * What each kind of failure means for a student of lecture 11, in both languages, with the
 * lecture heading (verbatim, without the # marks) that teaches how to avoid it. The grader
 * attaches one to every failure, so the page, the CLI and stored results all say the same.
 * Kinds that are not about concurrency (syntax, forbidden, resource) name no heading.
 */
export const FAILURE_EXPLANATIONS: Readonly<
  Record<FailureKind, Explanation & { lecture?: LectureHeading }>
> = {
  race: {
    ru: 'Гонка данных: два потока обращаются к одним и тем же данным, хотя бы один пишет, и ничто не упорядочивает эти обращения. Даже если сейчас результат верный, при другом переключении потоков обновление потеряется. Защищайте одним и тем же локом каждое обращение к общим данным, и чтение тоже.',
    en: 'A data race: two threads access the same data, at least one of them writes, and nothing orders the two accesses. Even if the result is right this time, another switch between threads loses an update. Guard every access to shared data, reads included, with one and the same lock.',
    lecture: 'Защита совместного доступа к ресурсам',
  },
  deadlock: {
    ru: 'Взаимная блокировка: каждый оставшийся поток ждёт чего-то, что может сделать только другой ждущий поток (или он сам): лок, который никто не отпустит, notify, которого никто не вызовет, join потока, который сам ждёт. Частые причины: локи берутся в разном порядке, лок не отпускается на каком-то пути, повторный захват обычного Lock тем же потоком.',
    en: 'A deadlock: every remaining thread waits for something only another waiting thread (or itself) could do: a lock nobody will release, a notify nobody will call, a join of a thread that is waiting too. Common causes: locks taken in different orders, a lock left held on some path, a plain Lock acquired twice by the same thread.',
    lecture: 'Локи и контекстные менеджеры',
  },
  assertion: {
    ru: 'Неверный результат: программа завершилась, но при показанном чередовании потоков нарушено обещание задачи (значение, порядок, время или обязательная возможность параллельной работы). Пройдите по шагам чередования и найдите место, где другой поток вмешался между двумя шагами, которые должны были идти вместе.',
    en: 'A wrong result: the program finished, but under the interleaving shown it broke a promise of the task (a value, an order, a timing, or concurrency that must be possible). Step through the interleaving and find where another thread slipped in between two steps that had to go together.',
    lecture: 'Возникающие проблемы и задачи',
  },
  exception: {
    ru: 'Исключение в одном из потоков. В многопоточном коде частые причины: wait/notify без захваченного лока условия, release лока, которым поток не владеет, чтение из пустой структуры, потому что проверка и действие разделены другим потоком.',
    en: 'An exception in one of the threads. Common causes in threaded code: wait or notify without holding the condition’s lock, releasing a lock the thread does not hold, taking from an empty structure because another thread ran between the check and the action.',
    lecture: 'Синхронизация через condition',
  },
  timeout: {
    ru: 'Программа не закончилась за отведённое число шагов или время, хотя работал лишь один поток: бесконечный цикл или очень долгое вычисление. Проверьте условия выхода из циклов.',
    en: 'The program did not finish within its step or time budget while only one thread was running: an endless loop or a very long computation. Check the exit conditions of your loops.',
    lecture: 'Возникающие проблемы и задачи',
  },
  livelock: {
    ru: 'Потоки работают, но не продвигаются: активное ожидание в цикле (опрос флага вместо Event или Condition) или потоки, которые бесконечно отменяют действия друг друга. Ждите события с помощью Event.wait() или Condition.wait(), а не цикла.',
    en: 'The threads keep running but make no progress: busy waiting in a loop (polling a flag instead of an Event or a Condition), or threads that keep undoing each other’s work. Wait with Event.wait() or Condition.wait(), not with a loop.',
    lecture: 'Синхронизация по Event',
  },
  syntax: {
    ru: 'Файл не удалось разобрать как программу на Python (или он не в кодировке UTF-8), поэтому ни одна проверка не запускалась.',
    en: 'The file could not be parsed as a Python program (or is not UTF-8 text), so no check ran.',
  },
  forbidden: {
    ru: 'Использовано то, что в этой задаче запрещено: модуль, встроенная функция (exec, eval, open) или примитив, который задача просит реализовать самостоятельно. Условие перечисляет, что разрешено.',
    en: 'The solution uses something this exercise does not allow: a module, a builtin (exec, eval, open) or a primitive the exercise asks you to build yourself. The statement lists what is allowed.',
  },
  resource: {
    ru: 'Превышен лимит: слишком много потоков, слишком длинный вывод, слишком много памяти или слишком глубокая рекурсия.',
    en: 'A limit was exceeded: too many threads, too much output, too much memory or recursion too deep.',
  },
};

/** The explanation of one failure kind. */
export function explainFailure(kind: FailureKind): Explanation {
  return FAILURE_EXPLANATIONS[kind];
}
