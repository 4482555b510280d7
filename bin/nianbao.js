#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm install` runs through `prepare`).
import { existsSync } from 'node:fs';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('nianbao: dist/ is missing; run `npm run build` (or `npm install`) first\n');
  process.exit(2);
}
await import(main.href);
