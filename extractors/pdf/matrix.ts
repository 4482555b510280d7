/** Affine transforms as PDF writes them: [a, b, c, d, e, f]. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m1` applied first, then `m2` (PDF's `m1 × m2`). */
export function multiply(m1: ArrayLike<number>, m2: ArrayLike<number>): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

export function apply(m: ArrayLike<number>, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The graphics state's current transform, following save/restore/transform ops. */
export class CtmStack {
  private stack: Matrix[] = [];
  current: Matrix = IDENTITY;

  save(): void {
    this.stack.push(this.current);
  }

  restore(): void {
    this.current = this.stack.pop() ?? this.current;
  }

  transform(m: ArrayLike<number>): void {
    this.current = multiply(m, this.current);
  }
}
