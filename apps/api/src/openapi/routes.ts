import { API_PATHS } from '@threadlab/contracts';
import type { FastifyPluginAsync } from 'fastify';

/** GET /api/openapi.json: the OpenAPI 3 description @fastify/swagger builds from the routes. */
export const openapiRoutes: FastifyPluginAsync = async (app) => {
  app.get(API_PATHS.openapi, { schema: { hide: true } }, () => app.swagger());
  return Promise.resolve();
};
