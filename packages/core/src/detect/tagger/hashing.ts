/**
 * Feature hashing for the tagger. A feature is a 32-bit integer made from a template id and the hashes of the values
 * it looks at, never a string: building strings per token per template would cost more than the whole language stage,
 * and a model made of hashes holds no text of what it was trained on.
 */

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** The hash of a normalised word, as features and word lists use it (odd, so never 0: 0 marks "not computed"). */
export function wordHash(norm: string): number {
  return hashString(norm) | 1;
}

/** A feature key from a template id and up to two value hashes (murmur3-style finaliser, so keys spread evenly). */
export function featureKey(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h ^= a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  h ^= h >>> 16;
  // 0 marks an empty slot in the weight table.
  return h === 0 ? 1 : h;
}
