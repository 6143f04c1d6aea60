/**
 * Two projects: `unit` (pure and in-process tests, beside nothing but Node) and `integration`
 * (HTTP against a local server started by the test, and real-browser tests in Chromium).
 */
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
};
const transformIgnorePatterns = ['/node_modules/(?!(ical\\.js)/)'];
module.exports = {
  projects: [
    { displayName: 'unit', testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/tests/unit/**/*.test.ts'], transform, transformIgnorePatterns, testEnvironment: 'node' },
    { displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'], transform, transformIgnorePatterns, testEnvironment: 'node', testTimeout: 120000 },
    { displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'], transform, transformIgnorePatterns, testEnvironment: 'node', testTimeout: 300000, globalSetup: '<rootDir>/tests/browser/support/globalSetup.ts' },
  ],
};
