import { z } from 'zod';

/** The catalogue's sections, in lecture order (spec/catalogue.md). */
export const section = z.enum([
  'threads-intro',
  'thread',
  'current-thread',
  'logging',
  'daemon',
  'enumerate',
  'subclass',
  'timer',
  'event',
  'lock',
  'rlock',
  'lock-with',
  'condition',
  'semaphore',
  'local',
  'gil',
  'classic',
]);
export type Section = z.infer<typeof section>;
