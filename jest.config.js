/**
 * Unit tests need nothing; integration and e2e tests share one real Neo4j started by the integration
 * project's global setup. Jest runs a project's globalSetup only when at least one of that project's
 * tests is selected, so `npm run test:unit` (or any run of unit tests alone) starts no database.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }];
// jose 6 is ESM-only: jest's CommonJS loader needs it transpiled (Node >= 20.19 require()s it natively).
const esmToCjs = [
  'ts-jest',
  { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true }, isolatedModules: true },
];
const transform = { '^.+\\.ts$': tsJest, '^.+/node_modules/jose/.+\\.js$': esmToCjs };
const transformIgnorePatterns = ['/node_modules/(?!jose/)'];
module.exports = {
  testTimeout: 60000,
  transform,
  transformIgnorePatterns,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
