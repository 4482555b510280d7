/** Outputs appear whole or not at all: a temp file in the same directory, then a rename. */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP = /^\..+\.(\d+)\.[0-9a-z]+\.tmp$/;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function writeAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // Hidden, so that a temp file left by a kill is never read as an input or an output.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** Removes the temp files a killed run left under `dir` (those of live processes stay). */
export function sweepTemps(dir: string): void {
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const pid = TEMP.exec(e.name)?.[1];
    if (e.isFile() && pid && !alive(Number(pid))) rmSync(join(e.parentPath, e.name), { force: true });
  }
}
