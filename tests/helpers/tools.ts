/**
 * Tests that need an outside tool (LibreOffice, qpdf, Chromium…) skip with a visible message
 * where it is absent, and run — failing on the missing tool — under CI=true, where
 * .ci/setup-tools installs it.
 */
import { execFileSync } from 'node:child_process';

export function toolPath(command: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** `test` where the tool is present or CI requires it, else `test.skip` after saying so. */
export function testWithTool(command: string, what: string): { test: jest.It; present: boolean; path: () => string } {
  const found = toolPath(command);
  if (!found && process.env.CI !== 'true')
    console.warn(`SKIPPED: ${what} — ${command} is not on the PATH (npm run setup installs it)`);
  return {
    test: found || process.env.CI === 'true' ? test : test.skip,
    present: found !== null,
    path: () => {
      if (!found) throw new Error(`${command} is not on the PATH; CI must provide it (.ci/setup-tools)`);
      return found;
    },
  };
}

/** Headless Chromium as root on this closed network: no sandbox, no background connections. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
