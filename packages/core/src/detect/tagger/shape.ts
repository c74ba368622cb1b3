/** Word shapes for the tagger: what a token looks like ("Xx", "X.X.", "d-d-d"), as a string and as a hash. */

/** Word shape, compressed: "Obama" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d", "McDonald" → "XxXx". */
export function wordShape(v: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < v.length && out.length < 8; i++) {
    const k = shapeClass(v, i);
    if (k !== last) out += String.fromCharCode(k);
    last = k;
  }
  return out;
}

/** The shape class of v[i] as a char code: X, x, d, or the character itself. */
function shapeClass(v: string, i: number): number {
  const c = v.charCodeAt(i);
  if (c >= 65 && c <= 90) return 88;
  if (c >= 97 && c <= 122) return 120;
  if (c >= 48 && c <= 57) return 100;
  if (c < 128) return c;
  const ch = v[i]!;
  return ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
}

/** hashString(wordShape(v)) without building the string. */
export function shapeHash(v: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0, len = 0; i < v.length && len < 8; i++) {
    const k = shapeClass(v, i);
    if (k === last) continue;
    h ^= k;
    h = Math.imul(h, 0x01000193);
    last = k;
    len++;
  }
  return h | 1;
}
