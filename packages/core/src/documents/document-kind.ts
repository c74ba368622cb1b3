/** Which reader a file name calls for, by its extension: the one list both faces accept. */

export type DocumentKind = 'text' | 'markdown' | 'html' | 'jsonl' | 'jsonl.gz';

const KINDS: ReadonlyArray<readonly [string, DocumentKind]> = [
  ['.jsonl.gz', 'jsonl.gz'],
  ['.ndjson.gz', 'jsonl.gz'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
];

/** Every extension a reader takes, lower case, as a file picker's `accept` lists them. */
export const DOCUMENT_EXTENSIONS: readonly string[] = KINDS.map(([ext]) => ext);

/** The kinds in words, for messages. */
export const SUPPORTED_DOCUMENTS = '.txt, .md, .html, .jsonl, .jsonl.gz';

/**
 * The reader for a file name or path (any folder part is ignored), or undefined when none reads it. A name that is only
 * a one-part extension (`.txt`, a hidden file) has none, as `path.extname` says.
 */
export function documentKind(name: string): DocumentKind | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase();
  for (const [ext, kind] of KINDS) {
    // JSONL may end any name, even be the whole of it (`.jsonl`), as the CLI always took it.
    if (base.endsWith(ext) && (kind === 'jsonl' || kind === 'jsonl.gz' || base.length > ext.length)) return kind;
  }
  return undefined;
}
