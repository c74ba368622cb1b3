import { describe, expect, it } from 'vitest';
import { formatTable, truncate, width } from './table.js';

describe('#formatTable', () => {
  const rows = [
    { label: 'Russia', weight: 3 },
    { label: 'António Guterres', weight: 12 },
  ];

  it('pads columns to their widest cell, numbers on the right', () => {
    const text = formatTable(rows, [
      { header: 'label', value: (r) => r.label },
      { header: 'weight', value: (r) => r.weight },
    ]);
    expect(text.split('\n')).toEqual([
      'label             weight',
      '────────────────  ──────',
      'Russia                 3',
      'António Guterres      12',
    ]);
  });

  it('cuts long cells, keeps cells on one line and indents', () => {
    const text = formatTable([{ t: 'a long\nline of text' }], [{ header: 't', value: (r) => r.t, maxWidth: 8 }], { indent: '  ' });
    expect(text.split('\n')[2]).toBe('  a long…');
  });

  it('prints only the header for no rows', () => {
    expect(formatTable([], [{ header: 'x', value: () => 1 }]).split('\n')).toEqual(['x', '─']);
  });
});

describe('#truncate', () => {
  it('counts accented letters once', () => {
    expect(width('António')).toBe(7);
    expect(truncate('António', 7)).toBe('António');
    expect(truncate('António', 4)).toBe('Ant…');
  });
});
