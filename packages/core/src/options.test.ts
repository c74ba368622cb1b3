import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_SCHEMA, manifestOptions, resolveOptions, workerOptions } from './options.js';

describe('OPTION_SCHEMA', () => {
  it('names each option once, and every default passes its own check', () => {
    const names = OPTION_SCHEMA.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    expect(resolveOptions('t')).toMatchObject(DEFAULT_OPTIONS);
    expect(Object.keys(DEFAULT_OPTIONS)).toEqual(names);
  });
});

describe('#resolveOptions', () => {
  it('refuses a value outside its rule, naming the option', () => {
    expect(() => resolveOptions('t', { window: 'page' as never })).toThrow('t: option "window" expects one of sentence, paragraph, document, received "page"');
    expect(() => resolveOptions('t', { minConfidence: 2 })).toThrow('t: option "minConfidence" expects a number from 0 to 1, received 2');
    expect(() => resolveOptions('t', { maxTokenChars: 4 })).toThrow('t: option "maxTokenChars" expects an integer ≥ 8, received 4');
    expect(() => resolveOptions('t', { demonyms: 'no' as never })).toThrow('t: option "demonyms" expects a boolean, received "no"');
  });
});

describe('#manifestOptions', () => {
  it('records the manifest options in their fixed order (graph files are compared byte for byte)', () => {
    expect(Object.keys(manifestOptions(resolveOptions('t')))).toEqual(['window', 'maxEvidence', 'minWeight', 'demonyms', 'capitals', 'pruneIsolated', 'minConfidence', 'keepWeak', 'maxChars', 'model']);
    expect(manifestOptions(resolveOptions('t', { tagger: false })).model).toBe('none');
  });
});

describe('#workerOptions', () => {
  it('sends every extraction option and nothing of the reduce', () => {
    const o = resolveOptions('t', { window: 'paragraph', minWeight: 3 });
    expect(workerOptions(o)).toEqual({ window: 'paragraph', maxEvidence: 5, demonyms: true, capitals: true, maxChars: 2_000_000, maxTokenChars: 64, disableStages: [] });
  });
});
