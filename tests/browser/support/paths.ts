import path from 'node:path';

/** The repository root (tests run from anywhere). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
/** Where the tab is built to, and served from by `npm start`. */
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
/** Test artefacts CI keeps: screenshots of each section. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-artifacts', 'screenshots');
