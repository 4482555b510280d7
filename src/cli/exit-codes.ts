/** FORMAT.md §5 exit codes; a module of its own so `--help` loads no command. */
export const EXIT = { ok: 0, errorRecords: 1, usage: 2 } as const;
