/**
 * The layers of src/, lowest first. Imports point only down this list: a file may import from its
 * own layer and the ones before it, never from a later one (README "Architecture"). Shared by
 * eslint.config.mjs (the full lint `npm test` runs) and eslint.layers.config.mjs (the rule alone, fast).
 */
export const LAYERS = [
  ['./src/errors.ts'],
  ['./src/config.ts', './src/logger.ts'],
  ['./src/domain'],
  ['./src/neo4j'],
  ['./src/analytics', './src/editing', './src/reads', './src/seed', './src/auth'],
  ['./src/graphql'],
  ['./src/server', './src/index.ts'],
];

const layerZones = LAYERS.flatMap((targets, i) =>
  targets.map((target) => ({
    target,
    from: LAYERS.slice(i + 1).flat(),
    message: 'Imports point down the layers (errors ← config ← domain ← neo4j ← services ← graphql ← server).',
  })),
);

/** Algorithms are pure: no database, no services, no transport. */
const pureZones = [
  {
    target: './src/analytics/algorithms',
    from: ['./src/analytics/services', './src/neo4j', './src/config.ts'],
    message: 'Analytics algorithms are pure: load data in analytics/services and pass it in.',
  },
];

export const IMPORT_DIRECTION_ZONES = [...layerZones, ...pureZones];
