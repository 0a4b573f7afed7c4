import type { FastifyInstance } from 'fastify';

/**
 * Fastify's JSON parser (prototype-poisoning safe), except that an empty body reads as no
 * body: `fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}})` is
 * how pages commonly sign out, and should not be a 400. Routes that need a body still
 * refuse the missing one through their schema.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    // Fastify's parser answers through `done`; its declared return value means nothing.
    void parseJson(request, text, done);
  });
}
