/**
 * A tiny aligned-table formatter for terminal output: a header, a rule, and rows with columns padded to their widest
 * cell (capped, long cells end in "…"). Numbers align right by default so their digits line up.
 */

export interface TableColumn<Row> {
  header: string;
  value: (row: Row) => string | number;
  /** Default: right for numbers, left for text. */
  align?: 'left' | 'right';
  /** Cells wider than this are cut and end in "…" (default: no limit). */
  maxWidth?: number;
}

export interface TableOptions {
  /** Put before every line (default ''). */
  indent?: string;
  /** Between columns (default two spaces). */
  gap?: string;
}

/** The table as text, one line per row after the header and rule, no trailing newline or trailing spaces. */
export function formatTable<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], options: TableOptions = {}): string {
  const { indent = '', gap = '  ' } = options;
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      return { text: truncate(oneLine(String(value)), column.maxWidth), numeric: typeof value === 'number' };
    }),
  );
  const widths = columns.map((column, i) => Math.max(width(column.header), ...cells.map((row) => width(row[i]!.text))));
  const alignOf = (i: number, numeric: boolean) => columns[i]!.align ?? (numeric ? 'right' : 'left');
  // A header sits over its column the way the column's values do.
  const headerNumeric = columns.map((_, i) => cells.length > 0 && cells.every((row) => row[i]!.numeric));
  const line = (texts: string[], numeric: boolean[]) =>
    (indent + texts.map((text, i) => pad(text, widths[i]!, alignOf(i, numeric[i]!))).join(gap)).trimEnd();
  return [
    line(columns.map((c) => c.header), headerNumeric),
    line(widths.map((w) => '─'.repeat(w)), headerNumeric),
    ...cells.map((row) => line(row.map((c) => c.text), row.map((c) => c.numeric))),
  ].join('\n');
}

/** Display width in code points (after NFC, so "António" counts 7); wide CJK characters are not special-cased. */
export function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

export function truncate(text: string, max: number | undefined): string {
  if (max === undefined || width(text) <= max) return text;
  return `${[...text.normalize('NFC')].slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Table cells are one line: newlines and tabs in evidence text would break the columns. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
