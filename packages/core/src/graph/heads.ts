/** Heads of bodies' names beside detection's lists (detect/lexicon.ts), shared by admission and run-on rules. */

/** More heads of organisation names than detection's list: words that end a name the model found whole. */
export const MORE_ORG_HEADS = new Set([
  'administration', 'government', 'regime', 'junta', 'corps', 'unit', 'school', 'college', 'club', 'trust', 'church',
  'airlines', 'airways', 'international', 'institution', 'house', 'force', 'militia', 'militias', 'cartel',
  'consortium', 'caucus', 'laboratory', 'laboratories', 'hospital', 'chamber', 'commissariat', 'delegation',
  'presidium', 'politburo', 'soviet', 'legion', 'agencies', 'institutes', 'press', 'times', 'news', 'broadcasting',
  'television', 'radio', 'herald', 'gazette', 'post', 'journal', 'bloc', 'entente',
]);
/** Where an English name's head ends: "Commission on Human Rights", "Institute for …", "Government of Namibia". */
export const PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'against', 'to', 'at', 'de', 'des', 'du', 'del', 'da', 'do', 'dos', 'das', 'pour', 'para', 'por']);
/** Heads that a place follows as part of the name: "United Nations Office at Geneva", "… Mission in Kosovo". */
export const PLACED_HEADS: ReadonlySet<string> = new Set([
  'mission', 'missions', 'office', 'offices', 'force', 'forces', 'operation', 'operations', 'presence', 'centre',
  'center', 'delegation', 'embassy', 'representation', 'administration', 'observer', 'observers', 'team', 'unit',
  'programme', 'program', 'representative',
]);
