import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.js';
import { stateBodyKey } from './state-bodies.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = tinyKb();

describe('#stateBodyKey', () => {
  it.each([
    ['Congress of the United States', 'USA|congress'],
    ['United States Congress', 'USA|congress'],
    ['American Congress', 'USA|congress'],
    ["Russia's Parliament", 'RUS|parliament'],
    ['Government of the Russian Federation', 'RUS|government'],
    ['West Bank of Russia', undefined],
    ['Congress', undefined],
    ['Council of Europe', undefined],
  ])('%s → %s', (label, key) => {
    expect(stateBodyKey(kb, label)).toBe(key);
  });
});

describe('state bodies in a graph', () => {
  it('makes one node of a body named both ways, under the most mentioned wording', () => {
    const g = buildGraph(
      [
        { id: 'a', text: 'The United States Congress met. The United States Congress voted with NATO.' },
        { id: 'b', text: 'The Congress of the United States agreed with NATO.' },
      ],
      { kb },
    );
    const congress = g.filterNodes((_, a) => a.type === 'organisation' && /Congress/.test(a.label));
    expect(congress).toHaveLength(1);
    expect(g.getNodeAttributes(congress[0]!)).toMatchObject({ label: 'United States Congress', mentions: 3 });
  });
});
