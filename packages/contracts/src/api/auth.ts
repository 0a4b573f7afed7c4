import { z } from 'zod';

export const role = z.enum(['student', 'teacher']);
export type Role = z.infer<typeof role>;

/** A signed-in user as the API shows them (never the password hash). */
export const user = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
});
export type User = z.infer<typeof user>;

/** Addresses are compared case-insensitively: trimmed and lower-cased before the check. */
const email = z.string().trim().toLowerCase().max(254).check(z.email());

/** Passwords: at least 8 characters; the upper bound keeps scrypt's input sane. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

/** POST /api/auth/sign-up: creates a student and signs them in (sets the session cookie). */
export const signUpBody = z.strictObject({
  email,
  name: z.string().trim().min(1).max(100),
  password,
});
export type SignUpBody = z.infer<typeof signUpBody>;

/** POST /api/auth/sign-in: sets the session cookie. */
export const signInBody = z.strictObject({
  email,
  // No length rule beyond the upper bound: a wrong password is invalid_credentials, not a
  // validation error that would hint at the rules.
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type SignInBody = z.infer<typeof signInBody>;

/** Answer of sign-up, sign-in and GET /api/auth/me. */
export const userResponse = z.object({ user });
export type UserResponse = z.infer<typeof userResponse>;
