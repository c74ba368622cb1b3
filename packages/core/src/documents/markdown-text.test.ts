import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-text.js';

describe('#markdownToText', () => {
  it('keeps the words of headings, links, images and emphasis; drops code blocks', () => {
    const { text, title } = markdownToText('# Geneva talks\n\nSee [the **OSCE**](https://osce.org) and *NATO* ![a map](map.png).\n\n```\ncode\n```\n');
    expect(title).toBe('Geneva talks');
    expect(text).toBe('Geneva talks\n\nSee the OSCE and NATO a map.');
  });

  it('leaves snake_case and arithmetic as written, and unescapes', () => {
    expect(markdownToText('file_name_here and 2 * 3 * 4, \\*not emphasis\\*, __strong__').text).toBe('file_name_here and 2 * 3 * 4, *not emphasis*, strong');
  });

  it('strips list and quote markers, front matter, link definitions, rules and HTML, keeping paragraphs', () => {
    const md = '---\ntitle: x\n---\nIntro\n=====\n\n> Russia said:\n> - NATO\n> 2. the UN\n\n---\n\n[osce]: https://osce.org\n| State | Year |\n|---|---:|\n| Chad | 1960 |\n<!-- note --><br>End.';
    const { text, title } = markdownToText(md);
    expect(title).toBe('Intro');
    expect(text).toBe('Intro\n\nRussia said:\nNATO\nthe UN\n\nState Year\n\nChad 1960\nEnd.');
  });

  it('takes a level-2 heading as no title', () => {
    expect(markdownToText('## Part two\n\nText.').title).toBeUndefined();
  });
});
