import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Failed sign-ins, counted in Redis for a window, per account and per client address, so
 * that passwords cannot be guessed at the speed scrypt allows (about 20 a second here).
 * Shared by every API instance. When Redis is down sign-in stays open: being able to sign
 * in matters more than this guard, and the failure is logged by the caller.
 */
export interface SignInThrottle {
  /** True when this account or address has used up its failures for now. */
  blocked(email: string, address: string): Promise<boolean>;
  failed(email: string, address: string): Promise<void>;
  /** A successful sign-in forgets the account's failures (not the address's). */
  succeeded(email: string): Promise<void>;
}

export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  perAccount: 10,
  // A classroom shares one address behind NAT: the per-address limit is far higher.
  perAddress: 100,
} as const;

export function signInThrottle(redis: Redis, keyPrefix: string): SignInThrottle {
  // The address book of who tried to sign in stays out of Redis: only hashes are keys.
  const key = (kind: string, value: string) =>
    `${keyPrefix}:sign-in:${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;
  const accountKey = (email: string) => key('account', email);
  const addressKey = (address: string) => key('address', address);

  return {
    async blocked(email, address) {
      const [account, fromAddress] = await redis.mget(accountKey(email), addressKey(address));
      return (
        Number(account ?? 0) >= SIGN_IN_LIMITS.perAccount ||
        Number(fromAddress ?? 0) >= SIGN_IN_LIMITS.perAddress
      );
    },
    async failed(email, address) {
      const pipeline = redis.multi();
      for (const k of [accountKey(email), addressKey(address)]) {
        // The window starts at the first failure and is not extended by later ones.
        pipeline.set(k, 0, 'EX', SIGN_IN_LIMITS.windowSeconds, 'NX');
        pipeline.incr(k);
      }
      await pipeline.exec();
    },
    async succeeded(email) {
      await redis.del(accountKey(email));
    },
  };
}
