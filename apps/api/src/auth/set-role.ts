import type { Database, Role } from '@threadlab/db';

/** Gives the account with this email the role; false if there is no such account. */
export async function setRole(db: Database, email: string, role: Role): Promise<boolean> {
  const updated = await db.user.updateMany({
    where: { email: email.trim().toLowerCase() },
    data: { role },
  });
  return updated.count > 0;
}
