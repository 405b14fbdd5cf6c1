# The API image. Neo4j runs in its own container (docker-compose.yml), so NEO4J_URI must be set.
# It holds dist/ (with the playground assets `npm run build` copies there), production dependencies, seed/ and
# schema/: no src/ and no compiler, so its commands run the built code (`npm run seed:built`, `npm run keys:built`;
# docs/operations.md, "Docker").
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
COPY bench ./bench
# The explorer benchmark drives the browser through the tests' shared launcher.
COPY tests/support ./tests/support
COPY tools ./tools
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "dist/src/index.js"]
