/**
 * One label per node: the most frequent well-formed name it was written with. Speeches and old scans write names in
 * capitals ("ANTONIO GUTERRES", "Mr. VYSHINSKY (USSR)") or with scan errors in case ("BoUteflika", "San FranciscO"),
 * and headings capitalise function words ("Pact For The Future"). The reduce counts, per node, the mentions behind
 * each label form (`LabelVotes`); `chooseLabel` prefers well-formed forms, then the most votes, then code-unit order
 * (so the choice never depends on the order documents arrived in); when no form is well formed it repairs the most
 * frequent one.
 */
import { compareStrings } from '../util/compare.js';
import { normaliseName } from '../knowledge/normalise.js';
import type { EntityType } from '../types.js';

/** Per node id: label form → mentions written with it. */
export type LabelVotes = Map<string, Map<string, number>>;

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from', 'against', 'between', 'or', 'as']);
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'bint', 'al', 'el']);
/** Word starts that legitimately put a capital inside a word: McDonald, MacArthur, O'Brien, DeConcini, LaGuardia. */
const INNER_CAPITAL_OK = /^(?:Mc|Mac|O'|O’|D'|D’|L'|L’|De|Di|Da|La|Le|Van|Von|Al-|El-|Ben-|Abu-)/;
const ROMAN = /^[IVXL]+$/;

export function chooseLabel(votes: ReadonlyMap<string, number>, type: EntityType): string {
  const forms = [...votes].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]));
  const good = forms.find(([label]) => isWellFormed(label, type));
  if (!good) return repairLabel(forms[0]![0], type);
  return type === 'person' ? fullerName(good[0], forms.filter(([label]) => isWellFormed(label, type)).map(([label]) => label)) : good[0];
}

/**
 * A person is labelled with the whole name when one of the node's well-formed forms holds it: speeches say "Duran
 * Ballen" or "dos Santos" more often than "Sixto Durán Ballén", but the whole name is the label. The longest form
 * that ends with the chosen one's words wins (forms come most voted first, so ties keep the more frequent).
 */
function fullerName(chosen: string, forms: readonly string[]): string {
  const words = normaliseName(chosen).split(' ');
  let best = chosen;
  let bestLength = words.length;
  for (const form of forms) {
    const w = normaliseName(form).split(' ');
    if (w.length > bestLength && words.every((x, i) => w[w.length - words.length + i] === x)) {
      best = form;
      bestLength = w.length;
    }
  }
  return best;
}

export function isWellFormed(label: string, type: EntityType): boolean {
  const words = label.split(' ');
  if (words.length > 1 && label === label.toUpperCase() && /\p{Lu}{3}/u.test(label)) return false;
  return words.every((w, i) => {
    if (type === 'person' && w.length > 1 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w) && !ROMAN.test(w)) return false;
    if (i > 0 && type !== 'person' && FUNCTION_WORDS.has(w.toLowerCase()) && w !== w.toLowerCase()) return false;
    return !oddCase(w);
  });
}

/** A capital inside a lowercase word that no naming convention explains: "BoUteflika", "FranciscO", "STates". */
function oddCase(word: string): boolean {
  for (const part of word.split(/[-‐]/)) {
    if (part.length < 3 || part === part.toUpperCase() || INNER_CAPITAL_OK.test(part)) continue;
    if (/\p{Ll}\p{Lu}/u.test(part) || /^\p{Lu}{2}\p{Ll}/u.test(part)) return true;
  }
  return false;
}

/** Make a label well formed: people's names in capitals or odd case become "Title Case"; function words go lowercase. */
export function repairLabel(label: string, type: EntityType): string {
  return label
    .split(' ')
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && (FUNCTION_WORDS.has(lower) || (type === 'person' && PARTICLES.has(lower)))) return lower;
      const shouting = w === w.toUpperCase() && /\p{Lu}{2}/u.test(w) && !ROMAN.test(w);
      // An organisation's acronym in capitals stays; a person is never written in capitals.
      if (shouting && type !== 'person' && w.length <= 5) return w;
      if (shouting || oddCase(w)) return w.split(/([-‐'’])/).map((p) => (p.length > 0 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p)).join('');
      return w;
    })
    .join(' ');
}

/** Add one document's votes: each entity's label, weighted by its mentions there. */
export function addVotes(votes: LabelVotes, id: string, label: string, mentions: number): void {
  let forms = votes.get(id);
  if (!forms) votes.set(id, (forms = new Map()));
  forms.set(label, (forms.get(label) ?? 0) + Math.max(1, mentions));
}
