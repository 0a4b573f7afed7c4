import { z } from 'zod';

const dependency = z.enum(['ok', 'down']);

/** GET /api/health: 200 when Postgres and Redis answer, 503 otherwise (same body). */
export const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  db: dependency,
  redis: dependency,
});
export type HealthResponse = z.infer<typeof healthResponse>;
