/**
 * How `entente query` shows each kind of result in a terminal: aligned tables for lists, a chain with quoted
 * sentences for paths, a few lines for graphs and summaries. (`--json` bypasses all of this.)
 */
import { type Evidence } from '@entente/core';
import {
  summarize,
  type Community,
  type EntityRef,
  type FindResult,
  type GraphSummary,
  type Neighbour,
  type PathResult,
  type QueryGraph,
} from '@entente/core/query';
import { formatTable } from '../io/table.js';

/** A number as a person reads it: integers as they are, scores below 1 to 4 decimals (so a column lines up), others to 2. */
export function formatScore(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 1 ? value.toFixed(4) : value.toFixed(2);
}

/** An evidence sentence with its mentions marked «like this», cut to `max` characters around the first mark. */
export function snippet(evidence: Evidence, max = 100): string {
  const { text } = evidence;
  const marks = [...evidence.marks].filter(([s, e]) => s >= 0 && e <= text.length && s < e).sort((a, b) => a[0] - b[0]);
  let marked = '';
  let at = 0;
  let firstMark = -1;
  for (const [start, end] of marks) {
    if (start < at) continue; // overlapping marks: keep the first
    marked += text.slice(at, start);
    if (firstMark < 0) firstMark = marked.length;
    marked += `«${text.slice(start, end)}»`;
    at = end;
  }
  marked = (marked + text.slice(at)).replace(/\s+/g, ' ').trim();
  if (marked.length <= max) return marked;
  // Keep the first mention in view: start a little before it, and cut at spaces rather than inside words.
  let start = Math.max(0, Math.min(firstMark - Math.floor(max / 4), marked.length - max + 1));
  if (start > 0) {
    const space = marked.indexOf(' ', start);
    if (space >= 0 && space < firstMark) start = space + 1;
  }
  let end = Math.min(marked.length, start + max - 2);
  if (end < marked.length) {
    const space = marked.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${marked.slice(start, end).trim()}${end < marked.length ? '…' : ''}`;
}

const entityColumns = [
  { header: 'label', value: (e: EntityRef) => e.label, maxWidth: 40 },
  { header: 'type', value: (e: EntityRef) => e.type },
  { header: 'mentions', value: (e: EntityRef) => e.mentions },
  { header: 'id', value: (e: EntityRef) => e.id, maxWidth: 40 },
];

export function formatFind(name: string, result: FindResult): string {
  const { entity, matches } = result;
  if (entity) {
    const head = `${entity.label}  (${entity.type}, id ${entity.id}, ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'})`;
    if (matches.length <= 1) return head;
    return `${head}\nOther entities with this name:\n${formatTable(matches.slice(1), entityColumns, { indent: '  ' })}`;
  }
  if (matches.length === 0) return `No entity matches "${name}".`;
  const columns = [{ header: 'score', value: (e: EntityRef) => e.score.toFixed(2), align: 'right' as const }, ...entityColumns];
  return `No exact match for "${name}"; closest:\n${formatTable(matches, columns)}`;
}

export function formatNeighbours(entity: EntityRef, list: Neighbour[]): string {
  const head = `Neighbours of ${entity.label} (${entity.type}): ${list.length}`;
  if (list.length === 0) return head;
  return `${head}\n${formatTable(list, [
    { header: 'label', value: (n) => n.label, maxWidth: 40 },
    { header: 'type', value: (n) => n.type },
    { header: 'weight', value: (n) => n.weight },
    { header: 'docs', value: (n) => n.docs },
    { header: 'evidence', value: (n) => (n.evidence[0] ? snippet(n.evidence[0], 80) : '') },
  ])}`;
}

export function formatPath(result: PathResult, strongest: boolean, evidencePerHop: number): string {
  const labels = new Map(result.nodes.map((n) => [n.id, n.label]));
  const links = result.hops.length;
  const lines = [`${result.nodes.map((n) => n.label).join(' → ')}  (${links} link${links === 1 ? '' : 's'}${strongest ? ', strongest' : ''})`];
  result.hops.forEach((hop, i) => {
    lines.push(`${i + 1}. ${labels.get(hop.from)} — ${labels.get(hop.to)}  (weight ${formatScore(hop.weight)})`);
    for (const evidence of hop.evidence.slice(0, evidencePerHop)) lines.push(`     ${evidence.doc}#${evidence.sentence}: ${snippet(evidence, 160)}`);
    const more = hop.evidence.length - evidencePerHop;
    if (more > 0) lines.push(`     (${more} more)`);
  });
  return lines.join('\n');
}

export function formatTop(list: EntityRef[], by: string, types: readonly string[] | undefined): string {
  const head = `Top ${list.length} by ${by}${types ? ` (${types.join(', ')})` : ''}:`;
  return `${head}\n${formatTable(
    list.map((e, i) => ({ e, rank: i + 1 })),
    [
      { header: '#', value: (r) => r.rank },
      { header: 'label', value: (r) => r.e.label, maxWidth: 40 },
      { header: 'type', value: (r) => r.e.type },
      { header: by, value: (r) => formatScore(r.e.score), align: 'right' },
      ...(by === 'mentions' ? [] : [{ header: 'mentions', value: (r: { e: EntityRef }) => r.e.mentions }]),
    ],
  )}`;
}

export function formatCommunities(list: Community[]): string {
  return `${list.length} communit${list.length === 1 ? 'y' : 'ies'}:\n${formatTable(list, [
    { header: '#', value: (c) => c.id },
    { header: 'size', value: (c) => c.size },
    { header: 'strongest', value: (c) => c.strongest.label, maxWidth: 30 },
    { header: 'members', value: (c) => c.members.map((m) => m.label).join(', '), maxWidth: 90 },
  ])}`;
}

export function formatSummary(summary: GraphSummary): string {
  const types = Object.entries(summary.nodesByType).map(([type, n]) => `${type} ${n}`).join(' · ');
  const lines = [
    `${summary.nodes} entities: ${types}`,
    `${summary.edges} links (${formatScore(summary.totalWeight)} co-mention windows), ${summary.isolated} isolated`,
    `${summary.documents} document${summary.documents === 1 ? '' : 's'}`,
  ];
  const m = summary.manifest;
  if (m) lines.push(`built by entente ${m.version} (KB ${m.kbVersion}), options ${JSON.stringify(m.options)}`);
  return lines.join('\n');
}

/** A subgraph in brief: its title line, then the summary. */
export function formatSubgraph(title: string, graph: QueryGraph): string {
  return `${title}\n${formatSummary(summarize(graph))}`;
}

/** What a script returned: strings as they are, anything else as pretty JSON (Maps, Sets and bigints included). */
export function formatScriptResult(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Map) return Object.fromEntries(v);
      if (v instanceof Set) return [...v];
      if (typeof v === 'bigint') return v.toString();
      return v;
    },
    2,
  );
}
