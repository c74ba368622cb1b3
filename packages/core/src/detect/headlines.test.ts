import { describe, expect, it } from 'vitest';
import { analyse } from '../language/analyse.js';
import { createTokenView } from './tokens.js';
import { headlineTokens } from './headlines.js';

/** The words of `text` that headlineTokens flags. */
function flagged(text: string): string[] {
  const view = createTokenView(analyse(text, { maxChars: 1e6, maxTokenChars: 64 }));
  const flags = headlineTokens(view);
  return view.a.value.filter((_, i) => flags[i] === 1);
}

describe('headlineTokens', () => {
  it('flags a title line and leaves the body alone', () => {
    expect(flagged('Security For All, or Security for None\nThe ministers met in Vienna on Monday.')).toEqual(['Security', 'For', 'All', ',', 'or', 'Security', 'for', 'None']);
  });

  it('does not take a wrapped line that breaks a word at a hyphen for a title', () => {
    expect(flagged('However, the Comprehensive Nuclear-Test-\nBan Treaty has not achieved its goals.')).toEqual([]);
  });

  it('does not take a wrapped line that stops on a comma or a small word, or goes on in lowercase', () => {
    expect(flagged('We thank the United Nations Development Programme,\nthe World Bank and others.')).toEqual([]);
    expect(flagged('We thank the Economic Commission for\nAfrica and others.')).toEqual([]);
    expect(flagged('We welcome the Joint Comprehensive Plan of Action\nwhich was agreed.')).toEqual([]);
  });
});
