/** Paragraphs of a plain text: blocks separated by blank lines, with their offsets (for faces that show documents). */
export interface Paragraph {
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text.slice(start, m.index).trim()) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}
