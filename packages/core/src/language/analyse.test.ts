import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { capText } from './caps.js';

const opts = { maxChars: 100_000, maxTokenChars: 64 };

describe('#analyse', () => {
  it('gives tokens with offsets into the text', () => {
    const text = 'Lavrov’s statement came as U.S. officials met.\n\nNew paragraph here.';
    const a = analyse(text, opts);
    for (let i = 0; i < a.value.length; i++) expect(text.slice(a.start[i], a.end[i])).toBe(a.value[i]);
    expect(a.value).toContain('U.S.');
  });

  it('splits sentences at full stops and always at blank lines', () => {
    const a = analyse('Headline Without Stop\n\nFirst sentence. Second one.', opts);
    const texts = a.sentences.map((s) => a.text.slice(s.start, s.end));
    expect(texts).toEqual(['Headline Without Stop', 'First sentence.', 'Second one.']);
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(a.paragraphCount).toBe(2);
  });

  it('marks tokens joined without space', () => {
    const a = analyse('Secretary-General Guterres', opts);
    expect(a.value.slice(0, 3)).toEqual(['Secretary', '-', 'General']);
    expect(a.spaceBefore.slice(0, 4)).toEqual([false, false, false, true]);
  });

  it('tags a word the same whatever was read before (wink forgets what it learnt from earlier documents)', () => {
    // Unpatched, wink keeps the features of an unknown word from its first sighting: "513" first read inside a document
    // symbol stays a word, and "document 513" later tags it PROPN instead of NUM.
    const probe = 'See document 513 and 668 here.';
    const tagsOf = (t: string) => {
      const a = analyse(t, opts);
      return a.value.map((v, i) => `${v}/${a.pos[i]}`);
    };
    analyse('[A/C.I./L.513] and A/C.3/L.668 were adopted.', opts);
    expect(tagsOf(probe)).toContain('513/NUM');
    expect(tagsOf(probe)).toContain('668/NUM');
    analyse('Qwertzland and Xyzzyvia signed. QWERTZLAND XYZZYVIA', opts);
    const after = tagsOf('Qwertzland said so.');
    analyse('qwertzland qwertzland qwertzland', opts);
    expect(tagsOf('Qwertzland said so.')).toEqual(after);
  });

  it('handles empty and whitespace-only text', () => {
    expect(analyse('', opts).sentences).toEqual([]);
    expect(analyse(' \n\n \t', opts).value).toEqual([]);
  });
});

describe('#capText', () => {
  it('cuts long documents and reports it', () => {
    expect(capText('abcdef', { maxChars: 3, maxTokenChars: 64 })).toEqual({ text: 'abc', truncated: true });
  });

  it('blanks overlong runs without moving offsets', () => {
    const digits = '9'.repeat(100);
    const out = capText(`a ${digits} b`, { maxChars: 1000, maxTokenChars: 64 });
    expect(out.text).toBe(`a ${' '.repeat(100)} b`);
    expect(out.text.length).toBe(104);
  });
});
