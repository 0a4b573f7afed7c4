# syntax=docker/dockerfile:1
# One build for the three services; pick one with --target (docker-compose.yml does):
#   api     Fastify API (also runs the database migrations: `migrate` in compose)
#   grader  BullMQ worker: Node, Python 3.11 and bubblewrap for the sandbox
#   web     Next.js pages
# The workspace is built once in `build`; every target copies what it runs.

FROM node:20-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY package.json ./
RUN npm install -g --no-fund --no-audit "pnpm@$(node -p "require('./package.json').packageManager.replace(/^pnpm@/, '')")"

FROM base AS build
COPY . .
# Prisma downloads nothing: the client is engine-less and the CLI's engine is WebAssembly.
RUN pnpm install --frozen-lockfile && pnpm build

FROM base AS api
COPY --from=build /app /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]

FROM base AS grader
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 bubblewrap util-linux \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
ENV NODE_ENV=production PYTHON=/usr/bin/python3
# The worker reports liveness through BullMQ; the container is healthy while it runs.
CMD ["node", "apps/grader/dist/cli/worker.js"]

FROM base AS web
COPY --from=build /app /app
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["pnpm", "--filter", "@threadlab/web", "start"]
