import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const j = createRequire(import.meta.url)('nodejieba');
const { templateLabelKeys } = await import('./dist/src/map/jieba-dict.js');
const { keys, small } = JSON.parse(readFileSync('/tmp/rt-keys.json', 'utf8'));
const labels = templateLabelKeys();
const full = keys.map((k) => j.cut(k));
const labelTok = labels.map((l) => j.cut(l)); // label cuts are identical in both (tested)
const ed = (a, b) => {
  let p = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const c = [i];
    for (let k = 1; k <= b.length; k++)
      c[k] = Math.min(p[k] + 1, c[k - 1] + 1, p[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
    p = c;
  }
  return p[b.length];
};
const ov = (a, b) => {
  const s = new Set(b);
  const c = a.filter((t) => s.has(t)).length;
  return (2 * c) / (a.length + s.size || 1);
};
let pairs = 0,
  differ = 0,
  cross = 0,
  argmax = 0;
const labelSet = new Set(labels);
for (const [i, k] of keys.entries()) {
  if (labelSet.has(k)) continue;
  let bestF = [-1, -1],
    bestS = [-1, -1];
  for (const [li, l] of labels.entries()) {
    const chars = 1 - ed([...k], [...l]) / Math.max([...k].length, [...l].length);
    const f = Math.min(0.95, Math.max(chars, ov(full[i], labelTok[li]) * 0.95));
    const s = Math.min(0.95, Math.max(chars, ov(small[i], labelTok[li]) * 0.95));
    pairs++;
    if (f !== s) {
      differ++;
      if (f >= 0.6 !== s >= 0.6) cross++;
    }
    if (f > bestF[0]) bestF = [f, li];
    if (s > bestS[0]) bestS = [s, li];
  }
  if ((bestF[0] >= 0.6 || bestS[0] >= 0.6) && (bestF[1] !== bestS[1] || bestF[0] !== bestS[0])) argmax++;
}
console.log({
  printedKeys: keys.length,
  labelKeys: labels.length,
  pairs,
  scoresDiffer: differ,
  crossing06: cross,
  bestMatchOrScoreDiffers: argmax,
});
