/**
 * Calls into a native addon that a worker must not be terminated inside. nodejieba is built on
 * node-addon-api: a worker terminated (a `--timeout`) while it runs a cut or a dictionary load gets
 * a failed N-API call, the addon throws a C++ `Napi::Error` nobody catches, and the whole process
 * aborts (SIGABRT), taking the batch with it. So the pool first stops the worker from entering
 * guarded code, waits until it is outside, and only then terminates it.
 *
 * Two shared flags: IN (the worker is inside guarded code) and STOP (the pool wants it stopped).
 * The worker sets IN, then reads STOP; the pool sets STOP, then reads IN: with sequentially
 * consistent atomics at least one of them sees the other's write.
 */
const IN = 0;
const STOP = 1;

let flags: Int32Array | undefined;

/** The flags a pool shares with one worker. */
export const newGuard = (): SharedArrayBuffer => new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);

/** In a worker: guard its native calls with the pool's flags. */
export function useGuard(buffer: SharedArrayBuffer): void {
  flags = new Int32Array(buffer);
}

/** Runs `call` unless the worker is being stopped; then it blocks until terminated. */
export function guarded<T>(call: () => T): T {
  if (!flags) return call();
  Atomics.store(flags, IN, 1);
  if (Atomics.load(flags, STOP)) {
    Atomics.store(flags, IN, 0);
    Atomics.wait(flags, STOP, 1); // STOP never clears: this waits for the termination
  }
  try {
    return call();
  } finally {
    Atomics.store(flags, IN, 0);
  }
}

/** In the pool: stops the worker from entering guarded code; resolves once it is outside it. */
export async function outsideGuarded(buffer: SharedArrayBuffer): Promise<void> {
  const shared = new Int32Array(buffer);
  Atomics.store(shared, STOP, 1);
  while (Atomics.load(shared, IN)) await new Promise((resolve) => setTimeout(resolve, 1));
}
