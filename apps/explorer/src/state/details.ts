/**
 * What the side panel shows for a node or an edge, as plain data: documents named by title where the graph knows one,
 * strongest neighbours, evidence split into marked segments. The panel view only turns this into DOM.
 */
import type { EntityType, Evidence } from '@entente/core';
import { segmentEvidence, type Segment } from './evidence.js';
import type { EntenteGraph } from './types.js';

export interface DocRef {
  id: string;
  title: string;
}

export interface EvidenceItem {
  doc: DocRef;
  segments: Segment[];
  /** Where it is in the document (the sentence), for the reader to open it there. */
  range: { start: number; end: number };
}

export interface NeighbourItem {
  id: string;
  label: string;
  type: EntityType;
  weight: number;
}

export interface NodeDetails {
  kind: 'node';
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  kbId?: string;
  /** 0–1, when the graph has it; `ambiguous` for a lone surname several people carry. */
  confidence?: number;
  ambiguous?: boolean;
  docs: DocRef[];
  degree: number;
  neighbours: NeighbourItem[];
  evidence: EvidenceItem[];
}

export interface EdgeDetails {
  kind: 'edge';
  source: NeighbourItem;
  target: NeighbourItem;
  weight: number;
  docs: DocRef[];
  evidence: EvidenceItem[];
}

/** Document id → title, from the graph's `documents` attribute (absent in graphs from other tools). */
export function documentTitles(graph: EntenteGraph): Map<string, string> {
  const titles = new Map<string, string>();
  const docs = graph.getAttribute('documents');
  if (Array.isArray(docs)) for (const d of docs) if (d && typeof d.id === 'string' && d.title) titles.set(d.id, d.title);
  return titles;
}

function docRef(titles: Map<string, string>, id: string): DocRef {
  return { id, title: titles.get(id) ?? id };
}

function evidenceItems(titles: Map<string, string>, evidence: Evidence[] | undefined, limit: number): EvidenceItem[] {
  return (Array.isArray(evidence) ? evidence : [])
    .filter((e) => e && typeof e.text === 'string')
    .slice(0, limit)
    .map((e) => ({ doc: docRef(titles, String(e.doc)), segments: segmentEvidence(e.text, e.marks), range: { start: Number(e.start) || 0, end: Number(e.end) || 0 } }));
}

export function nodeDetails(graph: EntenteGraph, id: string, opts: { neighbours?: number; evidence?: number } = {}): NodeDetails | null {
  if (!graph.hasNode(id)) return null;
  const attrs = graph.getNodeAttributes(id);
  const titles = documentTitles(graph);
  const neighbours: NeighbourItem[] = [];
  graph.forEachEdge(id, (_edge, edgeAttrs, source, target) => {
    const other = source === id ? target : source;
    const o = graph.getNodeAttributes(other);
    neighbours.push({ id: other, label: o.label || other, type: o.type, weight: edgeAttrs.weight ?? 1 });
  });
  neighbours.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  const details: NodeDetails = {
    kind: 'node',
    id,
    label: attrs.label || id,
    type: attrs.type,
    aliases: (attrs.aliases ?? []).filter((a) => a !== attrs.label),
    mentions: attrs.mentions ?? 0,
    docs: (attrs.docs ?? []).map((d) => docRef(titles, d)),
    degree: graph.degree(id),
    neighbours: neighbours.slice(0, opts.neighbours ?? 12),
    evidence: evidenceItems(titles, attrs.evidence, opts.evidence ?? 20),
  };
  if (attrs.kbId) details.kbId = attrs.kbId;
  if (typeof attrs.confidence === 'number') details.confidence = attrs.confidence;
  if (attrs.ambiguous === true) details.ambiguous = true;
  return details;
}

export function edgeDetails(graph: EntenteGraph, a: string, b: string, opts: { evidence?: number } = {}): EdgeDetails | null {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  const edge = graph.edge(a, b);
  if (edge === undefined) return null;
  const attrs = graph.getEdgeAttributes(edge);
  const titles = documentTitles(graph);
  const item = (id: string): NeighbourItem => {
    const n = graph.getNodeAttributes(id);
    return { id, label: n.label || id, type: n.type, weight: attrs.weight ?? 1 };
  };
  return {
    kind: 'edge',
    source: item(a),
    target: item(b),
    weight: attrs.weight ?? 1,
    docs: (attrs.docs ?? []).map((d) => docRef(titles, d)),
    evidence: evidenceItems(titles, attrs.evidence, opts.evidence ?? 20),
  };
}
