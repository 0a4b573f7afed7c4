import { z } from 'zod';

/** Every text a student reads exists in Russian (the course) and English. */
export const localizedShape = {
  ru: z.string().min(1),
  en: z.string().min(1),
};
