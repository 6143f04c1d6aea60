/** What browser tests use: start the app, open it as a demo person, screenshot, check accessibility. */
export { startApp, freePort, type RunningApp, type StartAppOptions } from './startApp';
export { launchBrowser, openAs, waitForReady, screenshot, CHROMIUM_PATH, type OpenOptions } from './browser';
export { expectNoSeriousA11yViolations, seriousA11yViolations, type A11yViolation } from './a11y';
export { REPO_ROOT, DIST_DIR, SCREENSHOT_DIR } from './paths';
