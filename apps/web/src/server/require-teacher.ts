import type { User } from '@threadlab/contracts';
import { redirect } from 'next/navigation';
import { currentUser } from './current-user';

/**
 * The teacher viewing this page; a visitor not signed in is sent to sign in first. A student
 * gets null (the page says it is for teachers): the API refuses them the data anyway.
 */
export async function requireTeacher(path: string): Promise<User | null> {
  const user = await currentUser();
  if (user === null) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return user.role === 'teacher' ? user : null;
}
