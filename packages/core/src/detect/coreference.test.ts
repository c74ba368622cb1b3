import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = tinyKb();
const referring = (text: string) => extractDocument({ id: 'c', text }, { kb }).mentions.filter((m) => m.via === 'coreference').map((m) => `${m.text}→${m.entity}`);

describe('coreference', () => {
  it('resolves a pronoun and a role to the one person named before', () => {
    expect(referring('Russian Foreign Minister Sergey Lavrov spoke. He said NATO ignored Moscow.')).toEqual(['He→person:sergey-lavrov']);
    expect(referring('Lavrov said NATO pursued what the minister called expansion.')).toEqual(['minister→person:lavrov']);
  });

  it('resolves "the bloc" to the one organisation named before', () => {
    expect(referring('Russia said NATO had ignored it, and criticised the bloc’s expansion.')).toEqual(['bloc→Q7184']);
  });

  it('resolves nothing when two people could be meant, or none', () => {
    expect(referring('Sergey Lavrov met Antony Blinken. He said little.')).toEqual([]);
    expect(referring('NATO met. He said little.')).toEqual([]);
  });

  it('keeps referring words out of the aliases', () => {
    const r = extractDocument({ id: 'c', text: 'Foreign Minister Sergey Lavrov spoke. He said so.' }, { kb });
    expect(r.entities.find((e) => e.id === 'person:sergey-lavrov')?.aliases).toEqual(['Sergey Lavrov']);
  });
});
