/**
 * FORMAT.md §5 exit codes, the log line type and the defaults `--help` names: a module of its
 * own so that `--help` and usage errors load no command.
 */
export const EXIT = { ok: 0, errorRecords: 1, usage: 2 } as const;

export type Log = (line: string) => void;

/** Heap limit per worker in MB (`--memory`). */
export const DEFAULT_MEMORY_MB = 2048;
