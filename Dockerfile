# WaQtor as an image: the gateway, its dashboard and Debian's Chromium for the whatsapp-web.js driver.
#   docker build -t waqtor .
#   docker run -d -p 8080:8080 -v waqtor-runtime:/app/runtime -e API_KEY=$(openssl rand -hex 32) waqtor

# The build stage compiles the gateway and the dashboard, then drops the development dependencies so
# the runtime stage copies a node_modules that holds only what the gateway loads.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=true
COPY package.json package-lock.json .npmrc .puppeteerrc.cjs ./
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY dashboard dashboard
COPY scripts/bundle.mjs scripts/bundle.mjs
RUN npm run build && npm run build:dashboard && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# Chromium is Debian's: nothing downloads a browser. The fonts are the ones WhatsApp Web draws text and
# emoji with; tini is PID 1, so SIGTERM reaches the gateway and Chromium's exited children are reaped.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-noto-color-emoji tini ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PUPPETEER_SKIP_DOWNLOAD=true \
    CHROME_PATH=/usr/bin/chromium \
    HOST=0.0.0.0 \
    PORT=8080 \
    TRIAL=false
WORKDIR /app
COPY package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/build build
COPY --from=build /app/dist dist
# Everything the gateway writes (the SQLite file, browser profiles, the media cache) is under runtime/.
RUN mkdir runtime && chown node:node runtime
VOLUME /app/runtime
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "build/launch.js"]
