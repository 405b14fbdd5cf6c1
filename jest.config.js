/** Unit tests need nothing; integration and e2e tests share one real Neo4j started by the global setup. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }];
module.exports = {
  testTimeout: 60000,
  transform: { '^.+\\.ts$': tsJest },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest }, testMatch: ['<rootDir>/tests/unit/**/*.test.ts'], setupFiles: ['reflect-metadata'] },
    { displayName: 'integration', testEnvironment: 'node', transform: { '^.+\\.ts$': tsJest }, testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'], setupFiles: ['reflect-metadata'] },
  ],
};
