import { createHash, randomBytes } from 'node:crypto';
import type { Database, Role } from '@threadlab/db';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The cookie holds this token; the database only its SHA-256 (a leaked table signs nobody in). */
function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Database,
  userId: string,
  ttlMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  // Housekeeping: this user's expired sessions go when they sign in again.
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: new Date() } } });
  await db.session.create({ data: { id: sessionIdOf(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The user a session token belongs to, or null if unknown or expired (expired ones are deleted). */
export async function userOfSession(db: Database, token: string): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { id: sessionIdOf(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (session === null) return null;
  if (session.expiresAt.getTime() <= Date.now()) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return session.user;
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionIdOf(token) } });
}
