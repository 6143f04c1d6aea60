// Layering is enforced here, not described: imports point inward.
// domain imports nothing of ours; data, cards, auth use domain; only app and cli wire data and auth;
// the local server is its own island (it speaks Graph on the wire and may read domain vocabulary + demo data).
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ours = (...dirs) => dirs.map((d) => ({ group: [`**/${d}/*`, `**/${d}`], message: `this layer may not import src/${d}` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'test-artifacts/**', 'appPackage/build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/domain/**'], rules: restrict([...ours('data', 'app', 'cli', 'auth', 'cards', 'server', 'demo'), { group: ['node:*', 'fs', 'http', 'path'], message: 'domain is pure: no I/O' }]) },
  { files: ['src/data/**'], rules: restrict(ours('app', 'cli', 'auth', 'cards', 'server')) },
  { files: ['src/cards/**'], rules: restrict(ours('data', 'app', 'cli', 'auth', 'server')) },
  { files: ['src/auth/**'], rules: restrict(ours('data', 'app', 'cli', 'cards', 'server')) },
  { files: ['src/demo/**'], rules: restrict(ours('data', 'app', 'cli', 'auth', 'cards', 'server')) },
  { files: ['src/server/**'], rules: restrict(ours('data', 'app', 'cli', 'auth', 'cards')) },
  { files: ['src/app/**'], rules: restrict(ours('cli', 'server')) },
);
