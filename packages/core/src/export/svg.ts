/**
 * A static SVG picture of the graph for reports and READMEs: nodes coloured by type, sized by mentions, edges as
 * wide as their weight, the largest nodes labelled, a legend and a title from the manifest. When the graph has no
 * layout, ForceAtlas2 runs on a copy from seeded positions, so the same graph always gives the same picture.
 */
import { seededRandom } from '../util/seeded-random.js';
import { compareStrings } from '../util/compare.js';
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { checkInteger, checkNumber } from '../util/check.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { ExportableGraph } from './json.js';
import { TYPE_COLORS, TYPE_NAMES, UNKNOWN_TYPE_COLOR } from './palette.js';
import { escapeXmlText as text } from './xml.js';

export interface SvgWriteOptions {
  /** Picture width in px (default 1200). */
  width?: number;
  /** Picture height in px (default 800). */
  height?: number;
  /** How many of the most-mentioned nodes get a label (default 25). */
  labels?: number;
  /** ForceAtlas2 iterations when the graph has no x/y (default: 300 for small graphs, fewer for big ones). */
  iterations?: number;
  /** Title line; defaults to the node and edge counts. */
  title?: string;
}

const WHO = 'entente/writeSvg';

// The package is CommonJS (`module.exports = layout`) but its types say `export default`: Node and bundlers hand us
// the function itself, TypeScript expects it under `.default`. Take whichever is there.
const forceAtlas2 = ((forceAtlas2Module as unknown as { default?: unknown }).default ?? forceAtlas2Module) as typeof forceAtlas2Module.default;
const TITLE_HEIGHT = 56;
const PADDING = 24;

/** Draw the graph as an SVG document. Pure: the graph is not changed (a layout, when needed, runs on a copy). */
export function writeSvg(graph: ExportableGraph, options: SvgWriteOptions = {}): string {
  const width = positive('width', options.width ?? 1200);
  const height = positive('height', options.height ?? 800);
  const labelCount = count('labels', options.labels ?? 25);
  const iterations = count('iterations', options.iterations ?? (graph.order <= 500 ? 300 : graph.order <= 5000 ? 100 : 40));

  const layout = positions(graph, iterations);
  const nodes = graph.mapNodes((key, a) => ({
    key,
    label: String(a.label ?? key).replace(/\s+/g, ' '),
    type: a.type as EntityType,
    mentions: typeof a.mentions === 'number' && a.mentions > 0 ? a.mentions : 0,
    ...(layout.get(key) ?? { x: 0, y: 0 }),
  }));

  // Fit the layout into the drawing area, keeping its aspect ratio.
  // Loops, not Math.min(...xs): spreading a big graph's coordinates overflows the call stack.
  let [minX, maxX, minY, maxY, maxMentions] = [Infinity, -Infinity, Infinity, -Infinity, 1];
  for (const n of nodes) {
    [minX, maxX, minY, maxY] = [Math.min(minX, n.x), Math.max(maxX, n.x), Math.min(minY, n.y), Math.max(maxY, n.y)];
    maxMentions = Math.max(maxMentions, n.mentions);
  }
  if (nodes.length === 0) [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  const maxRadius = Math.max(6, Math.min(24, Math.min(width, height) / 40));
  const area = { left: PADDING + maxRadius, top: TITLE_HEIGHT + maxRadius, right: width - PADDING - maxRadius, bottom: height - PADDING - maxRadius };
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.max(0, Math.min((area.right - area.left) / spanX, (area.bottom - area.top) / spanY));
  const offsetX = (area.left + area.right) / 2 - ((minX + maxX) / 2) * scale;
  const offsetY = (area.top + area.bottom) / 2 + ((minY + maxY) / 2) * scale;
  const place = new Map<string, { x: number; y: number; r: number }>();
  for (const n of nodes) {
    // Area grows with mentions: radius by square root.
    const r = 2.5 + (maxRadius - 2.5) * Math.sqrt(n.mentions / maxMentions);
    // SVG's y axis points down; layouts' points up.
    place.set(n.key, { x: offsetX + n.x * scale, y: offsetY - n.y * scale, r });
  }

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
  ];
  const manifest = graph.getAttribute('manifest');
  const heading = options.title ?? `Entente graph: ${graph.order} entities, ${graph.size} co-mention links`;
  const summary = manifest
    ? `Entente ${manifest.version ?? ''} · ${manifest.documentCount ?? '?'} documents · KB ${manifest.kbVersion ?? '?'}` +
      (typeof manifest.options?.window === 'string' ? ` · window: ${manifest.options.window}` : '')
    : '';
  out.push(`  <title>${text(heading)}</title>`);
  if (manifest) out.push(`  <desc>${text(JSON.stringify(manifest))}</desc>`);
  out.push(`  <rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`  <text x="${PADDING}" y="28" font-size="18" font-weight="600" fill="#222">${text(heading)}</text>`);
  if (summary) out.push(`  <text x="${PADDING}" y="46" font-size="12" fill="#666">${text(summary)}</text>`);

  let maxWeight = 0;
  graph.forEachEdge((_e, a) => {
    if (typeof a.weight === 'number' && a.weight > maxWeight) maxWeight = a.weight;
  });
  out.push('  <g stroke="#999999" stroke-opacity="0.45" stroke-linecap="round">');
  graph.forEachEdge((_e, a, source, target) => {
    const s = place.get(source);
    const t = place.get(target);
    if (!s || !t || source === target) return;
    const weight = typeof a.weight === 'number' && a.weight > 0 ? a.weight : 0;
    const w = 0.4 + 3.6 * (maxWeight > 0 ? Math.sqrt(weight / maxWeight) : 0);
    out.push(`    <line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(t.x)}" y2="${fmt(t.y)}" stroke-width="${fmt(w)}"/>`);
  });
  out.push('  </g>');

  // Small nodes first, so big ones are drawn on top; ties by key, so output does not depend on insertion order.
  const bySize = [...nodes].sort((a, b) => a.mentions - b.mentions || compareStrings(a.key, b.key));
  out.push('  <g stroke="#ffffff" stroke-width="0.8">');
  for (const n of bySize) {
    const p = place.get(n.key)!;
    out.push(
      `    <circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${fmt(p.r)}" fill="${colorOf(n.type)}">` +
        `<title>${text(`${n.label} (${n.type}, ${n.mentions} mentions)`)}</title></circle>`,
    );
  }
  out.push('  </g>');

  const labelled = [...nodes].sort((a, b) => b.mentions - a.mentions || compareStrings(a.key, b.key)).slice(0, labelCount);
  out.push('  <g fill="#222" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">');
  for (const n of labelled) {
    const p = place.get(n.key)!;
    const size = 10 + Math.round((6 * (p.r - 2.5)) / Math.max(1, maxRadius - 2.5));
    out.push(`    <text x="${fmt(p.x + p.r + 3)}" y="${fmt(p.y + size / 3)}" font-size="${size}">${text(n.label)}</text>`);
  }
  out.push('  </g>');

  out.push(...legend(nodes, height));
  out.push('</svg>', '');
  return out.join('\n');
}

/** Positions from the graph when every node has them; otherwise a seeded ForceAtlas2 run on a lean copy. */
function positions(graph: ExportableGraph, iterations: number): Map<string, { x: number; y: number }> {
  const result = new Map<string, { x: number; y: number }>();
  const complete = graph.everyNode((_k, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
  if (complete) {
    graph.forEachNode((key, a) => result.set(key, { x: a.x as number, y: a.y as number }));
    return result;
  }
  const random = seededRandom(0x5eed);
  const copy = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  graph.forEachNode((key) => copy.addNode(key, { x: random() * 100 - 50, y: random() * 100 - 50 }));
  graph.forEachEdge((_e, a, source, target) => {
    if (source !== target) copy.mergeEdge(source, target, { weight: typeof a.weight === 'number' && a.weight > 0 ? a.weight : 1 });
  });
  if (copy.order > 1 && iterations > 0) {
    forceAtlas2.assign(copy, { iterations, getEdgeWeight: 'weight', settings: forceAtlas2.inferSettings(copy) });
  }
  copy.forEachNode((key, a) => result.set(key, { x: Number.isFinite(a.x) ? a.x : 0, y: Number.isFinite(a.y) ? a.y : 0 }));
  return result;
}

function legend(nodes: Array<{ type: EntityType }>, height: number): string[] {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const entries: Array<[string, string, number]> = ENTITY_TYPES.map((t) => [TYPE_NAMES[t], TYPE_COLORS[t], counts.get(t) ?? 0]);
  const other = nodes.length - entries.reduce((sum, [, , n]) => sum + n, 0);
  if (other > 0) entries.push(['Other', UNKNOWN_TYPE_COLOR, other]);
  const top = height - PADDING - entries.length * 18 - 8;
  const out = [
    `  <g font-size="12" fill="#222">`,
    `    <rect x="${PADDING - 8}" y="${top - 6}" width="150" height="${entries.length * 18 + 12}" rx="4" fill="#ffffff" fill-opacity="0.85" stroke="#dddddd"/>`,
  ];
  entries.forEach(([name, color, n], i) => {
    const y = top + 9 + i * 18;
    out.push(`    <circle cx="${PADDING + 2}" cy="${y}" r="5" fill="${color}"/>`);
    out.push(`    <text x="${PADDING + 14}" y="${y + 4}">${text(name)} (${n})</text>`);
  });
  out.push('  </g>');
  return out;
}

function colorOf(type: unknown): string {
  return (ENTITY_TYPES as readonly unknown[]).includes(type) ? TYPE_COLORS[type as EntityType] : UNKNOWN_TYPE_COLOR;
}

/** Two decimals are plenty for a picture and keep the file small. */
function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}


function positive(option: string, value: unknown): number {
  return checkNumber(WHO, option, value, { above: 0 });
}

function count(option: string, value: unknown): number {
  return checkInteger(WHO, option, value, { min: 0 });
}
