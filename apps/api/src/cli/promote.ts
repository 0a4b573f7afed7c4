// `pnpm --filter @threadlab/api promote <email> [--student]`: makes an existing account a
// teacher (or, with --student, a student again). Sign-up only ever creates students, so
// nobody can claim a teacher's address by signing up first: the role comes from whoever
// can run this next to the database. Reads DATABASE_URL like the API.
import { createDatabase } from '@threadlab/db';
import { setRole } from '../auth/set-role.js';
import { loadConfig } from '../config.js';

const args = process.argv.slice(2);
const email = args.find((arg) => !arg.startsWith('--'));
const role = args.includes('--student') ? 'student' : 'teacher';
if (email === undefined) {
  console.error('usage: pnpm --filter @threadlab/api promote <email> [--student]');
  process.exit(2);
}

const db = createDatabase(loadConfig().databaseUrl);
try {
  if (await setRole(db, email, role)) {
    console.log(`${email} is now a ${role}`);
  } else {
    console.error(`no account with the email ${email}: sign up first`);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
