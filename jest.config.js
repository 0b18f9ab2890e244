/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // Stops the run at once, in one line, when Redis, Chromium or TEST_DATABASE_URL's PostgreSQL is missing.
  globalSetup: '<rootDir>/test/setup/preflight.ts',
  setupFiles: ['<rootDir>/test/setup/pristine-http.ts', '<rootDir>/test/setup/env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/restore-nock.ts', '<rootDir>/test/setup/collect-garbage.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
