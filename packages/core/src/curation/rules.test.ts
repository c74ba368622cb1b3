import { describe, expect, it } from 'vitest';
import { InvalidRulesError, parseRules, serializeRules, validateRules } from './rules.js';

const file = (rules: unknown[]) => JSON.stringify({ 'entente-rules': 1, rules });

describe('#parseRules', () => {
  it('reads every kind of rule', () => {
    const text = file([
      { hide: 'person:crosland', note: 'a lone surname' },
      { merge: ['treaty:moscow-treaty', { label: 'Moscow Treaty', type: 'treaty' }], into: 'Q208319' },
      { rename: { id: 'organisation:x', label: 'X' }, label: 'Y' },
      { retype: 'ATA', type: 'organisation' },
    ]);
    expect(parseRules(text).rules).toHaveLength(4);
  });

  it.each([
    ['not json', 'rules: not JSON ('],
    ['[]', 'rules: expects an object'],
    ['{"rules": []}', 'rules: entente-rules: missing'],
    ['{"entente-rules": 2, "rules": []}', 'rules: entente-rules: version 2 is not one this Entente reads (1)'],
    ['{"entente-rules": 1, "rulez": []}', 'rules: rulez: unknown field'],
    ['{"entente-rules": 1, "rules": {}}', 'rules: rules: expects a list of rules, received object'],
    [file(['x']), 'rules: rules[0]: expects a rule object'],
    [file([{ hide: 'a', merge: ['b'], into: 'c' }]), 'rules: rules[0]: has "hide" and "merge": one rule does one thing'],
    [file([{ hide: 'a' }, { drop: 'a' }]), 'rules: rules[1]: names no action'],
    [file([{ hide: 'a', labe: 'x' }]), 'rules: rules[0].labe: unknown field for a hide rule'],
    [file([{ merge: [], into: 'a' }]), 'rules: rules[0].merge: expects a non-empty list of entities, received an array of 0'],
    [file([{ merge: ['a'] }]), 'rules: rules[0].into: missing'],
    [file([{ merge: ['a', { name: 'b' }], into: 'c' }]), 'rules: rules[0].merge[1].name: unknown field'],
    [file([{ merge: ['a', { type: 'person' }], into: 'c' }]), 'rules: rules[0].merge[1]: names no entity'],
    [file([{ rename: 'a', label: '  ' }]), 'rules: rules[0].label: expects the new label'],
    [file([{ retype: 'a', type: 'place' }]), 'rules: rules[0].type: expects one of person, state, organisation, treaty, received "place"'],
    [file([{ hide: '' }]), 'rules: rules[0].hide: expects an entity id, received ""'],
  ])('refuses %s with one line naming the field', (text, message) => {
    let error: unknown;
    try {
      parseRules(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRulesError);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('#serializeRules', () => {
  it('writes one rule per line and reads back the same', () => {
    const rules = validateRules({ 'entente-rules': 1, rules: [{ hide: 'a' }, { rename: { id: 'b', label: 'B' }, label: 'C' }] });
    const text = serializeRules(rules);
    expect(text).toBe('{\n  "entente-rules": 1,\n  "rules": [\n    {"hide":"a"},\n    {"rename":{"id":"b","label":"B"},"label":"C"}\n  ]\n}\n');
    expect(parseRules(text)).toEqual(rules);
    expect(serializeRules({ 'entente-rules': 1, rules: [] })).toBe('{\n  "entente-rules": 1,\n  "rules": []\n}\n');
  });
});
