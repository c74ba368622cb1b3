/**
 * Colours. Type colours are core's palette (shared with the SVG export and the CLI); they reach the CSS as custom
 * properties set through the CSSOM, which the Content-Security-Policy allows (inline style attributes it would not).
 */
import { ENTITY_TYPES, type EntityType } from '@entente/core';
import { TYPE_COLORS } from '@entente/core/export';

/** Categorical colours for communities (Tableau 10), largest community first; the rest share a grey. */
export const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
export const OTHER_COMMUNITY_COLOR = '#8a8f98';

export function typeColor(type: EntityType): string {
  return TYPE_COLORS[type] ?? OTHER_COMMUNITY_COLOR;
}

export function communityColor(index: number): string {
  return COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR;
}

export function applyTypePalette(root: HTMLElement = document.documentElement): void {
  for (const type of ENTITY_TYPES) root.style.setProperty(`--type-${type}`, typeColor(type));
}
