import type { ExerciseStanding, SubmissionStatus, Verdict } from '@threadlab/contracts';
import type { Database } from '@threadlab/db';

// A pass beats a fail beats an error: "best verdict" of several attempts.
const VERDICT_RANK: Record<Verdict, number> = { pass: 3, fail: 2, error: 1 };

function betterVerdict(a: Verdict | null, b: string | null): Verdict | null {
  if (b !== 'pass' && b !== 'fail' && b !== 'error') return a;
  if (a === null || VERDICT_RANK[b] > VERDICT_RANK[a]) return b;
  return a;
}

/** One user's standing on every exercise they attempted, by exercise id. */
export async function standingsOf(
  db: Database,
  userId: string,
): Promise<Map<string, ExerciseStanding>> {
  // A student's own attempts number in the hundreds at most: one indexed query, folded here.
  const rows = await db.submission.findMany({
    where: { userId },
    select: { exerciseId: true, status: true, verdict: true, score: true },
    orderBy: { createdAt: 'asc' },
  });
  const standings = new Map<string, ExerciseStanding>();
  for (const row of rows) {
    const standing = standings.get(row.exerciseId) ?? {
      attempts: 0,
      bestScore: null,
      bestVerdict: null,
      solved: false,
      lastStatus: null as SubmissionStatus | null,
    };
    standing.attempts += 1;
    if (row.score !== null && (standing.bestScore === null || row.score > standing.bestScore)) {
      standing.bestScore = row.score;
    }
    standing.bestVerdict = betterVerdict(standing.bestVerdict, row.verdict);
    standing.solved = standing.bestVerdict === 'pass';
    standing.lastStatus = row.status;
    standings.set(row.exerciseId, standing);
  }
  return standings;
}

export interface UserExerciseStanding {
  userId: string;
  exerciseId: string;
  attempts: number;
  bestScore: number | null;
  bestVerdict: Verdict | null;
  solved: boolean;
  lastSubmittedAt: Date;
}

/** Every user's standing on every exercise they attempted (the teacher's table), in SQL. */
export async function allStandings(db: Database): Promise<UserExerciseStanding[]> {
  const groups = await db.submission.groupBy({
    by: ['userId', 'exerciseId', 'verdict'],
    _count: { _all: true },
    _max: { score: true, createdAt: true },
  });
  const byPair = new Map<string, UserExerciseStanding>();
  for (const group of groups) {
    const key = `${group.userId}\u0000${group.exerciseId}`;
    const standing = byPair.get(key) ?? {
      userId: group.userId,
      exerciseId: group.exerciseId,
      attempts: 0,
      bestScore: null,
      bestVerdict: null,
      solved: false,
      lastSubmittedAt: new Date(0),
    };
    standing.attempts += group._count._all;
    const score = group._max.score;
    if (score !== null && (standing.bestScore === null || score > standing.bestScore)) {
      standing.bestScore = score;
    }
    standing.bestVerdict = betterVerdict(standing.bestVerdict, group.verdict);
    standing.solved = standing.bestVerdict === 'pass';
    const last = group._max.createdAt;
    if (last !== null && last > standing.lastSubmittedAt) standing.lastSubmittedAt = last;
    byPair.set(key, standing);
  }
  return [...byPair.values()];
}
