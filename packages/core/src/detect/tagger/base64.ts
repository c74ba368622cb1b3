/**
 * base64 with the web platform's atob/btoa (global in browsers and Node ≥ 16) rather than Buffer, so core stays
 * browser-safe; core compiles without DOM types, hence the cast. Shared by the model and the word-cluster files.
 */
const { atob, btoa } = globalThis as unknown as { atob(s: string): string; btoa(s: string): string };

/** Chunked, so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
