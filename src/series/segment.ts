/**
 * Word segmentation for agency names: the label matcher's nodejieba with its cut-down dictionary
 * (src/map/words.ts), imported only when a name is first cut.
 */
export async function segment(text: string): Promise<string[]> {
  const { cutWords } = await import('../map/words.js');
  return cutWords(text);
}
