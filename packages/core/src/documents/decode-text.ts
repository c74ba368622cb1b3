/**
 * Bytes → text for the document readers, saying what was done. UTF-8 is the rule; what else arrives in practice is
 * read rather than dropped:
 *
 * - a UTF-16 file with its byte-order mark (what Windows' Notepad writes as "Unicode") is decoded as UTF-16;
 * - bytes that are not valid UTF-8 are decoded as windows-1252 (the superset of Latin-1 that browsers use for
 *   "latin1"), with a note: an old Western European file reads right, and anything else is at least reported instead of
 *   being turned into U+FFFD silently;
 * - lone UTF-16 surrogates (only JSON `\ud800` escapes can make them) become U+FFFD, one for one, with a note: they
 *   cannot be written as UTF-8, and would follow a name into the graph.
 *
 * NUL bytes (without a UTF-16 mark) or many control characters mean binary, which is refused.
 */

/**
 * The WHATWG TextDecoder, global in Node and in browsers alike; declared here because core's lib is ECMAScript only
 * (no DOM, no Node types), so that nothing else of those environments can creep in.
 */
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a whole file (or the first part of one: `partial` when the bytes were cut at a read limit). */
export function decodeBytes(bytes: Uint8Array, partial = false): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return wellFormed(new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: partial }));
    } catch {
      return { ok: false, reason: `not valid ${encoding.toUpperCase()} text (it starts with a UTF-16 byte-order mark)` };
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not text' };
  try {
    // stream: a multi-byte character cut by the read limit is left out rather than failing the whole file.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial }) };
  } catch {
    return latin1(bytes);
  }
}

/** Decode one JSONL line: UTF-8, or windows-1252 with a note. */
export function decodeLine(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: FATAL_UTF8.decode(bytes) };
  } catch {
    return latin1(bytes);
  }
}

function latin1(bytes: Uint8Array): Decoded {
  const at = firstInvalidUtf8(bytes);
  const where = at >= 0 ? ` (byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at})` : '';
  return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), note: `not valid UTF-8${where}: read as windows-1252 (Latin-1)` };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace lone surrogates by U+FFFD (same length, so offsets hold); a note says how many. */
export function wellFormed(text: string): { ok: true; text: string; note?: string } {
  let count = 0;
  const fixed = text.replace(LONE_SURROGATE, () => {
    count++;
    return '\uFFFD';
  });
  return count === 0 ? { ok: true, text } : { ok: true, text: fixed, note: `${count} lone UTF-16 surrogate(s) replaced by U+FFFD` };
}

/** `String.prototype.toWellFormed` (ES2024, beyond this project's lib setting). */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** NUL bytes, or more than 1 in 10 control characters, in the first 8 KB: binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return controls * 10 > n;
}

/** Offset of the first byte that breaks UTF-8 (for the note); -1 when the fault is subtler (an overlong form). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}
