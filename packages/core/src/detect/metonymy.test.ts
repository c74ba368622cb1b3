import { describe, expect, it } from 'vitest';
import { mentionsOf } from './test-helpers.js';

describe('#detectMetonymy', () => {
  it('reads a capital acting or governing as its state, and a capital as a place as nothing', () => {
    expect(mentionsOf('Moscow maintains its position.')).toEqual(['state:Moscow→RUS']);
    expect(mentionsOf('The ministers met in Moscow.')).toEqual([]);
  });

  it('reads the government of a capital as its state, before or after the capital', () => {
    expect(mentionsOf('We condemn the Moscow regime.')).toEqual(['state:Moscow→RUS']);
    expect(mentionsOf('We condemn the Government of Moscow.')).toEqual(['state:Moscow→RUS']);
    expect(mentionsOf('We condemn the regime in Moscow.')).toEqual(['state:Moscow→RUS']);
  });
});
