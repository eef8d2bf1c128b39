import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Dates matter (activity calendars, deadlines): every test runs in Beijing time.
process.env.TZ = 'Asia/Shanghai';

// This file lives in tests/ (the project's top level holds only what the design names); paths
// below are relative to the project root.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Two workers on two cores: the unit tests run beside the site's, which run one file at a
    // time (each holds a browser or a build), and which leave a core idle while they read dist/.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/chromium.ts', 'tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
