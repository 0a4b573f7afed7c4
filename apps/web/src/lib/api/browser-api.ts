import { apiClient } from './client';

/** The API from the browser: the page's own origin, whose /api/* Next proxies to the API. */
export const browserApi = apiClient({ baseUrl: '' });
