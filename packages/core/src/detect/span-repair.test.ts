import { describe, expect, it } from 'vitest';
import { spanText } from './tokens.js';
import { markedSpan } from './test-helpers.js';
import { repairSpan } from './span-repair.js';
import type { EntityType } from '../types.js';

/** Repair the span of `marked` between brackets; returns [span text, label]. */
function repaired(marked: string, type: EntityType): [string, string] | undefined {
  const { view, first, last } = markedSpan(marked);
  const c = repairSpan(view, { first, last, type, source: 'tagger' });
  return c ? [spanText(view, c.first, c.last), c.label ?? spanText(view, c.first, c.last)] : undefined;
}

describe('#repairSpan', () => {
  it('carries a name over hyphens, line-break hyphens included', () => {
    expect(repaired('Secretary-General [Ban Ki]-moon spoke.', 'person')?.[0]).toBe('Ban Ki-moon');
    expect(repaired('How did [Mao Tse-]tung feel?', 'person')?.[0]).toBe('Mao Tse-tung');
    expect(repaired('Mr. [Theo- Ben Gurirab] spoke.', 'person')?.[1]).toBe('Theo-Ben Gurirab');
    expect(repaired('The Ten-[Nation Committee] met.', 'organisation')?.[0]).toBe('Ten-Nation Committee');
  });

  it('drops function words at the edges, titles at the end of a person', () => {
    expect(repaired('The [Government of] Brazil offered.', 'organisation')?.[0]).toBe('Government');
    expect(repaired('He thanked [Ben Ali Chair] today.', 'person')?.[0]).toBe('Ben Ali');
    expect(repaired('General [de Gaulle] said.', 'person')?.[0]).toBe('de Gaulle');
    expect(repaired('[All the European Community] legislation applies.', 'organisation')?.[0]).toBe('European Community');
    expect(repaired('[Disregarding General Assembly] resolutions, they went on.', 'organisation')?.[0]).toBe('General Assembly');
  });

  it('ends a name at a dash between words, not at an en dash inside a pair', () => {
    expect(repaired('The sculptor [Antun Augustinčić — Croatia] gave it.', 'person')?.[0]).toBe('Antun Augustinčić');
    expect(repaired('The [Zorg Front—Democratic Union] fought.', 'organisation')?.[0]).toBe('Zorg Front');
    expect(repaired('The [Egypt–Israel Peace Treaty] holds.', 'treaty')?.[0]).toBe('Egypt–Israel Peace Treaty');
  });

  it('leaves a footnote digit glued to the last word out of the label', () => {
    expect(repaired('the [Declaration of Ayacucho10] was signed', 'treaty')?.[1]).toBe('Declaration of Ayacucho');
    expect(repaired('the [Group of 77] met', 'organisation')?.[1]).toBe('Group of 77');
  });
});
