import { afterAll, afterEach, expect } from 'vitest';
import { takeCspViolations } from './harness';

/**
 * Every e2e test fails on a Content-Security-Policy violation in any page it drove: the app must work under
 * the policy the server sends, not merely load.
 */
async function expectNoViolation() {
  // A report crosses from the page to the test process asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
}
afterEach(expectNoViolation);
afterAll(expectNoViolation);
