/**
 * How entity types look and are named, in one place, so the SVG export, the explorer, the CSV/Cypher labels and
 * the legend all agree. Colours are from the ColorBrewer/d3 category palettes: distinct and colour-blind friendly enough.
 */
import type { EntityType } from '../types.js';

/** Fill colour of each entity type. */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: '#e6550d',
  state: '#3182bd',
  organisation: '#31a354',
  treaty: '#756bb1',
};

/** Colour for a node whose type is not one of the four (a foreign graph). */
export const UNKNOWN_TYPE_COLOR = '#969696';

/** Singular display name of each type; also the Neo4j label (`:Person`, …). */
export const TYPE_NAMES: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  state: 'State',
  organisation: 'Organisation',
  treaty: 'Treaty',
};
