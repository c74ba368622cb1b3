import { describe, expect, it } from 'vitest';
import { sameLook, type CanvasLook } from './look.js';

function look(over: Partial<CanvasLook> = {}): CanvasLook {
  return { hiddenNodes: HIDDEN, hiddenEdges: HIDDEN, color: () => '#000', size: () => 5, styleKey: 'mentions|type', selection: null, ...over };
}
const HIDDEN = new Set<string>();

describe('#sameLook', () => {
  it('is the same picture when the hidden sets, the style and the selection are', () => {
    // New closures for colour and size do not count: the style key stands for them.
    expect(sameLook(look(), look())).toBe(true);
    expect(sameLook(look({ selection: { kind: 'node', id: 'a' } }), look({ selection: { kind: 'node', id: 'a' } }))).toBe(true);
  });

  it('differs when any of them changes', () => {
    expect(sameLook(look(), look({ hiddenNodes: new Set() }))).toBe(false);
    expect(sameLook(look(), look({ hiddenEdges: new Set() }))).toBe(false);
    expect(sameLook(look(), look({ styleKey: 'degree|type' }))).toBe(false);
    expect(sameLook(look(), look({ selection: { kind: 'node', id: 'a' } }))).toBe(false);
  });
});
