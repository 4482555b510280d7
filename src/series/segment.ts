/** Word segmentation for agency names, with nodejieba loaded only when a name is first cut. */
type Cut = (text: string) => string[];
let cut: Promise<Cut> | undefined;

export async function segment(text: string): Promise<string[]> {
  cut ??= import('nodejieba').then((m) => (t: string) => m.default.cut(t));
  return (await cut)(text);
}
