/** The slice of pdf.js's operator list this extractor reads. */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CtmStack } from './matrix.js';

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/**
 * Walks the operators, keeping the current transform up to date (save/restore/transform and
 * form XObjects, which save, transform and restore implicitly), and hands each other op on.
 */
/** pdf.js types operator arguments as `any[]`: their shape depends on the operator. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OperatorArgs = any;

export function walkOperators(
  list: OperatorList,
  visit: (fn: number, args: OperatorArgs, ctm: CtmStack) => void,
): void {
  const ctm = new CtmStack();
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as OperatorArgs;
    if (fn === OPS.save) ctm.save();
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm.restore();
    else if (fn === OPS.transform) ctm.transform(args);
    else if (fn === OPS.paintFormXObjectBegin) {
      ctm.save();
      const matrix = args?.[0] as ArrayLike<number> | null;
      if (matrix && matrix.length === 6) ctm.transform(matrix);
    } else visit(fn, args, ctm);
  }
}
