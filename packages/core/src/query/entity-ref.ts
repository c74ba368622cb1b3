/**
 * How queries read an Entente graph and name the entities they return. Graphs come from our builder but also from
 * files (JSON, GEXF, GraphML) and other tools, so attributes are read defensively: a missing label falls back to the
 * id, a missing weight counts as one window, a list stored as a string is split.
 */
import type { AbstractGraph } from 'graphology-types';
import type { EntityType, Evidence } from '../types.js';
import { readList, readNumber } from '../util/attribute-values.js';
import { compareStrings } from '../util/compare.js';

/** Any graphology graph; queries read Entente's node and edge attributes from it and never change it. */
export type QueryGraph = AbstractGraph;

/** An entity in a query result. `score` is what the query ranks by: similarity for `find`, the metric for `top`… */
export interface EntityRef {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  score: number;
}

/** The attributes queries use, read from one node. */
export interface NodeView {
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
}

/** The attributes queries use, read from one edge. */
export interface EdgeView {
  weight: number;
  docs: string[];
  evidence: Evidence[];
}

export function readNode(graph: QueryGraph, id: string): NodeView {
  const a = graph.getNodeAttributes(id);
  return {
    label: typeof a.label === 'string' && a.label !== '' ? a.label : id,
    type: (typeof a.type === 'string' ? a.type : 'unknown') as EntityType,
    aliases: readList(a.aliases),
    mentions: readNumber(a.mentions, 0),
    docs: readList(a.docs),
  };
}

export function readEdge(attributes: Record<string, unknown>): EdgeView {
  return {
    weight: readNumber(attributes.weight, 1),
    docs: readList(attributes.docs),
    evidence: Array.isArray(attributes.evidence) ? (attributes.evidence as Evidence[]) : [],
  };
}

export function toEntityRef(graph: QueryGraph, id: string, score: number): EntityRef {
  const { label, type, mentions } = readNode(graph, id);
  return { id, label, type, mentions, score };
}

/** Best first: higher score, then more mentions, then label and id, so equal scores still give a stable order. */
export function compareRefs(a: EntityRef, b: EntityRef): number {
  return b.score - a.score || b.mentions - a.mentions || compareStrings(a.label, b.label) || compareStrings(a.id, b.id);
}

/** The edges joining `a` and `b` in either direction (several in a multi graph, none if they are not adjacent). */
export function edgesBetween(graph: QueryGraph, a: string, b: string): string[] {
  if (graph.type === 'undirected') return graph.edges(a, b);
  return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])];
}

/** The combined view of every edge joining `a` and `b`: weights add up, docs and evidence are pooled. */
export function linkBetween(graph: QueryGraph, a: string, b: string): EdgeView {
  const link: EdgeView = { weight: 0, docs: [], evidence: [] };
  const docs = new Set<string>();
  for (const edge of edgesBetween(graph, a, b)) {
    const view = readEdge(graph.getEdgeAttributes(edge));
    link.weight += view.weight;
    for (const doc of view.docs) docs.add(doc);
    link.evidence.push(...view.evidence);
  }
  link.docs = [...docs];
  return link;
}
