import {
  GRADE_JOB_NAME,
  GRADE_QUEUE,
  gradeJob,
  gradeJobOptions,
  type GradeJob,
} from '@threadlab/contracts';
import { Queue } from 'bullmq';
import fp from 'fastify-plugin';
import { closeRedis, createRedis } from './redis.js';

/** How long a submit waits for Redis before leaving the job to the worker's recovery. */
const ENQUEUE_TIMEOUT_MS = 3_000;

export interface GradeQueue {
  /** Adds the grade job of a submission; the job id is the submission id (no duplicates). */
  enqueue(submissionId: string): Promise<void>;
  /** The BullMQ queue itself, for health checks and tests. */
  queue: Queue<GradeJob>;
}

declare module 'fastify' {
  interface FastifyInstance {
    gradeQueue: GradeQueue;
  }
}

export const queuePlugin = fp<{ redisUrl: string; queuePrefix: string }>(
  async (app, { redisUrl, queuePrefix }) => {
    const connection = createRedis(redisUrl, 'threadlab-api-queue');
    connection.on('error', (error) => app.log.warn({ err: error }, 'queue connection error'));
    const queue = new Queue<GradeJob>(GRADE_QUEUE, { connection, prefix: queuePrefix });
    queue.on('error', (error) => app.log.warn({ err: error }, 'queue error'));

    const gradeQueue: GradeQueue = {
      queue,
      async enqueue(submissionId) {
        const data = gradeJob.parse({ submissionId });
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`enqueue timed out after ${ENQUEUE_TIMEOUT_MS} ms`)),
            ENQUEUE_TIMEOUT_MS,
          );
        });
        try {
          await Promise.race([
            queue.add(GRADE_JOB_NAME, data, gradeJobOptions(submissionId)),
            timeout,
          ]);
        } finally {
          clearTimeout(timer);
        }
      },
    };
    app.decorate('gradeQueue', gradeQueue);
    app.addHook('onClose', async () => {
      await queue.close();
      await closeRedis(connection);
    });
    return Promise.resolve();
  },
  { name: 'queue' },
);
