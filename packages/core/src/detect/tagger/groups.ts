/**
 * Feature groups: the parts of the feature set that can be switched off, so that `pnpm train -- --groups …` makes
 * the models of the ablation table (`pnpm eval -- --ablation`) and a model records which ones it was trained with.
 * The base features (word, affixes, shape, POS, KB and cue flags, name lists, previous tags, document memory) are
 * always on.
 */
import { InvalidInputError } from '../../errors.js';

export const enum Group {
  /** Word-cluster prefixes of the token and its neighbours (clusters.ts). */
  Clusters = 1 << 0,
  /** Document-level case evidence: capitalised in non-initial position elsewhere, written lowercase elsewhere. */
  Document = 1 << 1,
  /** The person KB: a token inside a KB person's name; the KB's given names and surnames in the name lists. */
  Persons = 1 << 2,
  /** The token sits on a title or headline line ("Security For All, or Security for None"). */
  Headline = 1 << 3,
  /** After decoding, every occurrence of a name takes the label most of them got (consistency.ts). */
  SecondPass = 1 << 4,
  /** Name lists of organisations, sports teams, cities and regions (compromise's lexicon), as word hashes. */
  Places = 1 << 5,
}

/** Names as written in model files and on the command line: the shipped model's groups first, in the order the ablation table adds them. */
export const GROUP_NAMES: ReadonlyArray<readonly [string, Group]> = [
  ['clusters', Group.Clusters],
  ['persons', Group.Persons],
  ['second-pass', Group.SecondPass],
  ['document', Group.Document],
  ['headline', Group.Headline],
  ['places', Group.Places],
];

export const ALL_GROUPS = GROUP_NAMES.reduce((m, [, g]) => m | g, 0);

/**
 * The groups of the shipped model (pnpm train's default). The others measured no better on the dev sets (README:
 * the ablation table) and cost time (document: a map over each document's words) or do nothing on the training
 * data (headline: CoNLL and CrossNER have no line structure to learn from), so they stay off.
 */
export const DEFAULT_GROUPS = Group.Clusters | Group.Persons | Group.SecondPass;

export function groupsFromNames(names: readonly string[], who: string): number {
  let out = 0;
  for (const name of names) {
    const g = GROUP_NAMES.find(([n]) => n === name);
    if (!g) throw new InvalidInputError(who, 'feature group', `expected one of ${GROUP_NAMES.map(([n]) => n).join(', ')}, received "${name}"`);
    out |= g[1];
  }
  return out;
}

export function groupNames(groups: number): string[] {
  return GROUP_NAMES.filter(([, g]) => groups & g).map(([n]) => n);
}
