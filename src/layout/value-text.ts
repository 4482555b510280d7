/** What a printed cell value looks like (numbers, signs, separators, and the blanks of FORMAT.md §4). */
const NUMBER = /^[-+]?[\d０-９][\d０-９,，.．\s]*(?:[%元万件个])?$/;
const ZERO_MARK = /^[—–\-－/／无]$/;

export const isValueText = (text: string): boolean => NUMBER.test(text.trim()) || ZERO_MARK.test(text.trim());
