/**
 * Who links Russia and NATO? The entities co-mentioned with both, strongest first, and the strongest chain of
 * co-mentions between the two (besides any direct link), each link with a sentence that makes it.
 *
 *   pnpm entente query out/graph.json --script examples/who-links-russia-and-nato.ts
 */
import type { Evidence } from '@entente/core';
import type { QueryApi, QueryGraph } from '@entente/core/query';

const FROM = 'Russia';
const TO = 'NATO';

export default function whoLinksRussiaAndNato(graph: QueryGraph, api: QueryApi): string {
  // resolveEntity forgives spelling and throws a "did you mean" error if the graph lacks either.
  const from = api.resolveEntity(graph, FROM);
  const to = api.resolveEntity(graph, TO);
  const fromLinks = new Map(api.neighbours(graph, from).map((n) => [n.id, n]));
  const lines: string[] = [];

  const direct = fromLinks.get(to);
  lines.push(direct ? `${FROM} and ${TO} are co-mentioned in ${direct.weight} window(s), e.g.:` : `${FROM} and ${TO} are never co-mentioned.`);
  if (direct?.evidence[0]) lines.push(`  ${quote(direct.evidence[0])}`);

  // Go-betweens: a link is only as strong as its weaker half.
  const between = api
    .neighbours(graph, to)
    .filter((n) => n.id !== from && fromLinks.has(n.id))
    .map((n) => ({ viaTo: n, viaFrom: fromLinks.get(n.id)! }))
    .map((g) => ({ ...g, strength: Math.min(g.viaFrom.weight, g.viaTo.weight) }))
    .sort((a, b) => b.strength - a.strength || a.viaTo.label.localeCompare(b.viaTo.label));
  lines.push('', `Co-mentioned with both (${between.length}):`);
  for (const { viaFrom, viaTo, strength } of between) {
    lines.push(`- ${viaTo.label} (${viaTo.type}): ${viaFrom.weight}× with ${FROM}, ${viaTo.weight}× with ${TO}, strength ${strength}`);
    if (viaFrom.evidence[0]) lines.push(`    ${quote(viaFrom.evidence[0])}`);
    if (viaTo.evidence[0] && viaTo.evidence[0].text !== viaFrom.evidence[0]?.text) lines.push(`    ${quote(viaTo.evidence[0])}`);
  }

  // With a direct link, the strongest chain is that link: look for the strongest one around it, on a copy.
  const around = api.filterGraph(graph);
  for (const edge of around.edges(from, to)) around.dropEdge(edge);
  const strongest = api.path(around, from, to, { strongest: true });
  if (strongest) {
    lines.push('', `Strongest chain${direct ? ' besides the direct link' : ''}: ${strongest.nodes.map((n) => n.label).join(' → ')}`);
    const labels = new Map(strongest.nodes.map((n) => [n.id, n.label]));
    for (const hop of strongest.hops) {
      lines.push(`- ${labels.get(hop.from)} — ${labels.get(hop.to)} (${hop.weight}×)`);
      if (hop.evidence[0]) lines.push(`    ${quote(hop.evidence[0])}`);
    }
  }
  return lines.join('\n');
}

/** The sentence with its mentions marked «like this», and where it comes from. */
function quote(evidence: Evidence): string {
  let text = evidence.text;
  for (const [start, end] of [...evidence.marks].sort((a, b) => b[0] - a[0])) {
    text = `${text.slice(0, start)}«${text.slice(start, end)}»${text.slice(end)}`;
  }
  return `“${text}” [${evidence.doc}]`;
}
