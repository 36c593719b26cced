import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite instances are heavy; two workers fit this 2-core machine (one setting for both projects:
    // Vitest refuses projects that differ in it).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/global-setup.ts'],
          // Files of a worker share one process and its loaded modules (no file mocks modules or globals):
          // importing the server anew for each file cost about a second of CPU per file.
          isolate: false,
        },
      },
      {
        // Component and logic tests of the web app, in a simulated DOM.
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['web/src/test-setup.ts'],
        },
      },
    ],
  },
});
