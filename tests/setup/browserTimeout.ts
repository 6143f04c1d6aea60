// Jest reads `testTimeout` only from the global config, not per project; this file gives the
// browser project (an app started and a Chromium launched per suite) its longer timeout.
jest.setTimeout(300_000);
