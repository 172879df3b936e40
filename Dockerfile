# syntax=docker/dockerfile:1
# proclamation-bot image: docker build -t proclamation-bot . (see README, "Running it in a container")

# Build stage: every dependency, to compile TypeScript and write the knowledge snapshot into dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts
COPY src ./src
COPY knowledge ./knowledge
RUN npm run build

# Runtime stage: production dependencies and the built code only, as the unprivileged node user.
FROM node:20-bookworm-slim
# tini as PID 1 forwards SIGTERM/SIGHUP to the bot and reaps zombies; node as PID 1 would do neither reliably.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
# /healthz and /metrics on the container's loopback, for the HEALTHCHECK below.
ENV HEALTH_PORT=9464
WORKDIR /app
COPY package.json package-lock.json ./
# The npm cache lives in a BuildKit cache mount, so it never lands in the image.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
USER node
# Mount edited knowledge here (read-only is enough) and send SIGHUP to reload it without a restart.
VOLUME ["/app/knowledge"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# The same command as npm start: a small young generation keeps the bot near 90 MB instead of 110-120.
CMD ["node", "--max-semi-space-size=2", "dist/main.js"]
