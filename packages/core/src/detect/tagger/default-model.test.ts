import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const file = fileURLToPath(new URL('../../../data/tagger-model.json', import.meta.url));
const shipped = existsSync(file) && readFileSync(file, 'utf8').includes('"entente-tagger"');

describe.skipIf(!shipped)('#defaultTagger (shipped model)', () => {
  it('loads, says where it came from, and tags people in a news sentence', async () => {
    const { defaultTagger, defaultTaggerModel } = await import('./default-model.js');
    const { tagText } = await import('./detector.js');
    const model = defaultTaggerModel();
    expect(model.provenance.trainedOn.length).toBeGreaterThan(0);
    expect(model.provenance.seed).toBeTypeOf('number');
    const found = tagText(defaultTagger(), 'President Emmanuel Macron met Olaf Scholz in Berlin.').map((s) => `${s.type}:${s.text}`);
    expect(found).toContain('person:Emmanuel Macron');
    expect(found).toContain('person:Olaf Scholz');
    // Berlin is a place here, not a state: the tagger makes no state of it.
    expect(found.some((f) => f.startsWith('state:'))).toBe(false);
  });

  it('types a country as the KB state', async () => {
    const { defaultTagger } = await import('./default-model.js');
    const view = (await import('../tokens.js')).createTokenView((await import('../../language/analyse.js')).analyse('Talks between Germany and France resumed.', { maxChars: 1000, maxTokenChars: 64 }));
    const states = defaultTagger().spans(view).candidates.filter((c) => c.type === 'state');
    expect(states.map((c) => c.entry?.id)).toEqual(['DEU', 'FRA']);
  });
});
