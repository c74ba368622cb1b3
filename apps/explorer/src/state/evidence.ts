/**
 * Evidence text split into plain and marked segments. The panel turns each segment into a text node or a <mark>
 * holding a text node — never HTML — so document text cannot inject markup. Marks from a graph file are untrusted:
 * they are clamped to the text, sorted and merged before use.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

export function segmentEvidence(text: string, marks: ReadonlyArray<readonly [number, number]> = []): Segment[] {
  const spans = marks
    .filter((m) => Array.isArray(m) && Number.isFinite(m[0]) && Number.isFinite(m[1]))
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: text.slice(at, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
