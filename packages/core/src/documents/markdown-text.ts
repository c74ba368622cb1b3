/**
 * Markdown to prose: what a reader of the rendered page reads, so that markup never reaches a sentence, a mention or an
 * evidence line (`**NATO**`, `[the OSCE](https://osce.org)`, `## Geneva`). Line by line and linear: headings, lists,
 * quotes, emphasis, links, images, inline code and HTML tags are reduced to their words; code blocks, front matter,
 * link definitions, thematic breaks and table rules are dropped. Blank lines stay, so paragraph windows work.
 * The title is the first level-1 heading (`# Title`, or a line underlined with `===`).
 */

export interface MarkdownText {
  text: string;
  title?: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_RULE = /^ {0,3}\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;
/** A list item's marker or a quote's `>`, each as often as they nest. */
const LINE_MARKERS = /^(?:[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+))+/;

export function markdownToText(md: string): MarkdownText {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let title: string | undefined;
  let fence: string | undefined;
  let i = 0;
  // YAML front matter: metadata, not text.
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const heading = inline(atx[2] ?? '');
      if (atx[1] === '#' && title === undefined && heading) title = heading;
      out.push(heading);
      continue;
    }
    // A line of = or - under text makes that text a heading; alone, - - - is a thematic break.
    const setext = SETEXT.exec(line);
    if (setext && out.length > 0 && out[out.length - 1]!.trim() !== '' && !LINE_MARKERS.test(lines[i - 1]!)) {
      if (setext[1]![0] === '=' && title === undefined) title = out[out.length - 1]!.trim();
      continue;
    }
    if (THEMATIC.test(line) || LINK_DEFINITION.test(line) || TABLE_RULE.test(line)) {
      out.push('');
      continue;
    }
    out.push(inline(line.replace(LINE_MARKERS, '')));
  }
  const text = out
    .join('\n')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, ...(title ? { title } : {}) };
}

/** One line's inline markup reduced to its words. */
function inline(line: string): string {
  return (
    line
      // An escaped mark is a character, not markup: hidden from the rules below (as a private-use character), then put back.
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
      .replace(/<!--.*?-->/g, '')
      // Images and links keep their words; autolinks their address.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/`+([^`]+?)`+/g, '$1')
      // Emphasis: * may sit inside a word; _ only at its edges (snake_case stays as written).
      .replace(/(\*{1,3})(?=\S)([^*]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)([^_]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
      .replace(/~~(?=\S)([^~]*?\S)~~/g, '$1')
      .replace(/\|/g, ' ')
      .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
      .replace(/[ \t]{2,}/g, ' ')
  );
}
