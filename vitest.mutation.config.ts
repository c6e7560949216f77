// The root Vitest config with only its pure `domain` project, narrowed to lib/domain's tests, for
// Stryker (stryker.config.mjs): the `db` project's global setup would start PostgreSQL each run.
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import rootConfig from './vitest.config';

const domain = (rootConfig.test?.projects ?? []).find(
  (p): p is TestProjectInlineConfiguration => typeof p === 'object' && 'test' in p && p.test?.name === 'domain',
);
if (!domain) throw new Error('vitest.config.ts has no "domain" project');

export default defineConfig({
  ...rootConfig,
  test: { ...rootConfig.test, projects: [{ ...domain, test: { ...domain.test, include: ['lib/domain/**/*.test.ts'] } }] },
});
