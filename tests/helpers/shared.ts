/**
 * The real published samples live in ../shared/samples and are never copied into the repo.
 * Tests that need them use `describeShared`: it skips with a visible message where the folder
 * is absent, and fails under CI=true, where it must be present.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_SAMPLES = resolve(process.cwd(), '../shared/samples');
export const hasShared = existsSync(SHARED_SAMPLES);

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_SAMPLES, ...parts);
}

export const describeShared: jest.Describe = (() => {
  if (hasShared) return describe;
  if (process.env.CI === 'true') {
    return ((name: string) =>
      describe(name, () => {
        test('../shared/samples is present (required under CI=true)', () => {
          throw new Error(`../shared/samples not found at ${SHARED_SAMPLES}; CI must provide it`);
        });
      })) as unknown as jest.Describe;
  }
  console.warn(`SKIPPED: tests on real samples — ${SHARED_SAMPLES} is absent`);
  return describe.skip;
})();
