/**
 * Four projects: `unit` (pure and in-process tests), `integration` (HTTP against a local server
 * started by the test), `reliability` (a real server process under concurrent clients, faults and
 * kill -9) and `browser` (real-browser tests in Debian's Chromium via playwright-core;
 * the tab is built once by the global setup).
 */
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
};
const transformIgnorePatterns = ['/node_modules/(?!(ical\\.js)/)'];
module.exports = {
  projects: [
    { displayName: 'unit', testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/tests/unit/**/*.test.ts'], transform, transformIgnorePatterns, testEnvironment: 'node' },
    { displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'], transform, transformIgnorePatterns, testEnvironment: 'node', setupFilesAfterEnv: ['<rootDir>/tests/setup/integrationTimeout.ts'] },
    // A real server process under concurrent clients, faults and kill -9 (see tests/reliability).
    { displayName: 'reliability', testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'], transform, transformIgnorePatterns, testEnvironment: 'node' },
    { displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'], transform, transformIgnorePatterns, testEnvironment: 'node', setupFilesAfterEnv: ['<rootDir>/tests/setup/browserTimeout.ts'], globalSetup: '<rootDir>/tests/browser/support/globalSetup.ts' },
  ],
};
