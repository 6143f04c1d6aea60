// Jest reads `testTimeout` only from the global config, not per project; this file gives the
// integration project (servers started per suite, seeding over HTTP) its longer timeout.
jest.setTimeout(120_000);
