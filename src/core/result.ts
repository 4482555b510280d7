/**
 * A value with the warnings gathered while producing it (mammoth's `Result`): stages pass their
 * notes along beside the value instead of throwing, and each warning reaches the record's log once.
 */

export interface Warning {
  code: string;
  message: string;
  page?: number;
}

export interface Result<T> {
  value: T;
  warnings: Warning[];
}

export const ok = <T>(value: T, warnings: Warning[] = []): Result<T> => ({ value, warnings });

export const map = <T, U>(result: Result<T>, f: (value: T) => U): Result<U> => ok(f(result.value), result.warnings);

/** The next stage on this one's value; the warnings of both, in order. */
export function flatMap<T, U>(result: Result<T>, f: (value: T) => Result<U>): Result<U> {
  const next = f(result.value);
  return ok(next.value, [...result.warnings, ...next.warnings]);
}

/** Several results as one: their values in order, all their warnings. */
export const combine = <T>(results: Result<T>[]): Result<T[]> =>
  ok(
    results.map((r) => r.value),
    results.flatMap((r) => r.warnings),
  );
