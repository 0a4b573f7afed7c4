import type { User } from '@threadlab/contracts';
import { cache } from 'react';
import { serverApi } from './server-api';

/**
 * The signed-in user of this request, or null. Cached per request: the layout and the page
 * both ask, the API is asked once.
 */
export const currentUser = cache(async (): Promise<User | null> => (await serverApi()).me());
