/**
 * Curation rules: a versioned, human-readable JSON file of corrections (hide, merge, rename, retype) that a build, the
 * CLI and the explorer apply the same way (apply-rules.ts). This module is the file's schema and its validation, at
 * the entry: a bad file fails here with one line naming the rule and the field, never half way through applying it.
 *
 *   { "entente-rules": 1,
 *     "rules": [
 *       { "hide": "person:crosland" },
 *       { "merge": ["treaty:moscow-treaty"], "into": "Q208319" },
 *       { "rename": { "label": "Assembly of Heads of State" }, "label": "OAU Assembly of Heads of State" },
 *       { "retype": { "id": "ATA", "label": "Antarctica" }, "type": "organisation", "note": "not a state" } ] }
 */
import { EntenteError, describe } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';

/** The version of the rules format this Entente reads and writes. */
export const RULES_VERSION = 1;

/**
 * Which entity a rule is about. A string is an entity id. An object may give an id and names: the id is tried first
 * (ids can change between builds, when the KB learns an entity or a label's slug changes), then `label` (the node's
 * label) or `alias` (its label or any surface form), compared as normalised names (case, accents, dashes forgiven);
 * `type` narrows the name match.
 */
export type EntitySelector = string | EntityMatch;

export interface EntityMatch {
  id?: string;
  label?: string;
  alias?: string;
  type?: EntityType;
}

/** `note` is free text for the humans who keep the file; Entente ignores it. */
export type Rule =
  | { hide: EntitySelector; note?: string }
  | { merge: EntitySelector[]; into: EntitySelector; note?: string }
  | { rename: EntitySelector; label: string; note?: string }
  | { retype: EntitySelector; type: EntityType; note?: string };

export type RuleKind = 'hide' | 'merge' | 'rename' | 'retype';

export interface RulesFile {
  'entente-rules': typeof RULES_VERSION;
  rules: Rule[];
  note?: string;
}

/** A rules file that cannot be used. `field` is a JSON path such as `rules[2].into`. */
export class InvalidRulesError extends EntenteError {
  override name = 'InvalidRulesError';
  /** `field` is empty when the file as a whole is wrong (not JSON, not an object). */
  constructor(readonly field: string, reason: string) {
    super(field ? `rules: ${field}: ${reason}` : `rules: ${reason}`);
  }
}

const KINDS: readonly RuleKind[] = ['hide', 'merge', 'rename', 'retype'];
/** The fields each kind of rule may carry besides its own key. */
const FIELDS: Record<RuleKind, readonly string[]> = { hide: ['note'], merge: ['into', 'note'], rename: ['label', 'note'], retype: ['type', 'note'] };
const MATCH_FIELDS = ['id', 'label', 'alias', 'type'];

export function ruleKind(rule: Rule): RuleKind {
  return KINDS.find((k) => k in rule)!;
}

/** Parse and validate the text of a rules file. */
export function parseRules(text: string): RulesFile {
  if (typeof text !== 'string') throw new InvalidRulesError('', `expects JSON text, received ${describe(text)}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidRulesError('', `not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return validateRules(value);
}

/** Check a parsed rules file; returns it as typed (the same content, unknown to known). */
export function validateRules(value: unknown): RulesFile {
  if (!isObject(value)) throw new InvalidRulesError('', `expects an object {"entente-rules": ${RULES_VERSION}, "rules": […]}, received ${describe(value)}`);
  const version = value['entente-rules'];
  if (version === undefined) throw new InvalidRulesError('entente-rules', `missing: a rules file starts with {"entente-rules": ${RULES_VERSION}, …}`);
  if (version !== RULES_VERSION) throw new InvalidRulesError('entente-rules', `version ${describe(version)} is not one this Entente reads (${RULES_VERSION})`);
  for (const key of Object.keys(value)) if (!['entente-rules', 'rules', 'note'].includes(key)) throw new InvalidRulesError(key, 'unknown field (expected "entente-rules", "rules", "note")');
  if (value.note !== undefined && typeof value.note !== 'string') throw new InvalidRulesError('note', `expects a string, received ${describe(value.note)}`);
  if (!Array.isArray(value.rules)) throw new InvalidRulesError('rules', `expects a list of rules, received ${describe(value.rules)}`);
  value.rules.forEach((rule, i) => validateRule(rule, `rules[${i}]`));
  return value as unknown as RulesFile;
}

function validateRule(rule: unknown, at: string): void {
  if (!isObject(rule)) throw new InvalidRulesError(at, `expects a rule object ({"hide": …}, {"merge": […], "into": …}, {"rename": …, "label": …}, {"retype": …, "type": …}), received ${describe(rule)}`);
  const kinds = KINDS.filter((k) => k in rule);
  if (kinds.length !== 1) throw new InvalidRulesError(at, kinds.length ? `has ${kinds.map((k) => `"${k}"`).join(' and ')}: one rule does one thing` : `names no action (expected one of ${KINDS.map((k) => `"${k}"`).join(', ')})`);
  const kind = kinds[0]!;
  for (const key of Object.keys(rule)) {
    if (key !== kind && !FIELDS[kind].includes(key)) throw new InvalidRulesError(`${at}.${key}`, `unknown field for a ${kind} rule (expected ${[kind, ...FIELDS[kind]].map((f) => `"${f}"`).join(', ')})`);
  }
  if (rule.note !== undefined && typeof rule.note !== 'string') throw new InvalidRulesError(`${at}.note`, `expects a string, received ${describe(rule.note)}`);
  switch (kind) {
    case 'hide':
      validateSelector(rule.hide, `${at}.hide`);
      break;
    case 'merge':
      if (!Array.isArray(rule.merge) || rule.merge.length === 0) throw new InvalidRulesError(`${at}.merge`, `expects a non-empty list of entities, received ${describe(rule.merge)}`);
      rule.merge.forEach((s, j) => validateSelector(s, `${at}.merge[${j}]`));
      if (rule.into === undefined) throw new InvalidRulesError(`${at}.into`, 'missing: which entity the others are merged into');
      validateSelector(rule.into, `${at}.into`);
      break;
    case 'rename':
      validateSelector(rule.rename, `${at}.rename`);
      if (typeof rule.label !== 'string' || rule.label.trim() === '') throw new InvalidRulesError(`${at}.label`, `expects the new label, a non-empty string, received ${describe(rule.label)}`);
      break;
    case 'retype':
      validateSelector(rule.retype, `${at}.retype`);
      validateType(rule.type, `${at}.type`);
      break;
  }
}

function validateSelector(s: unknown, at: string): void {
  if (typeof s === 'string') {
    if (s === '') throw new InvalidRulesError(at, 'expects an entity id, received ""');
    return;
  }
  if (!isObject(s)) throw new InvalidRulesError(at, `expects an entity id or {"id", "label", "alias", "type"}, received ${describe(s)}`);
  for (const key of Object.keys(s)) if (!MATCH_FIELDS.includes(key)) throw new InvalidRulesError(`${at}.${key}`, `unknown field (expected ${MATCH_FIELDS.map((f) => `"${f}"`).join(', ')})`);
  for (const key of ['id', 'label', 'alias'] as const) {
    if (s[key] !== undefined && (typeof s[key] !== 'string' || s[key] === '')) throw new InvalidRulesError(`${at}.${key}`, `expects a non-empty string, received ${describe(s[key])}`);
  }
  if (s.id === undefined && s.label === undefined && s.alias === undefined) throw new InvalidRulesError(at, 'names no entity (give "id", "label" or "alias")');
  if (s.type !== undefined) validateType(s.type, `${at}.type`);
}

function validateType(t: unknown, at: string): void {
  if (typeof t !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(t)) throw new InvalidRulesError(at, `expects one of ${ENTITY_TYPES.join(', ')}, received ${describe(t)}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A rules file as text: two-space JSON, one rule per line, so files diff well and read as a list of decisions. */
export function serializeRules(file: RulesFile): string {
  const head = file.note !== undefined ? `  "note": ${JSON.stringify(file.note)},\n` : '';
  const rules = file.rules.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `{\n  "entente-rules": ${RULES_VERSION},\n${head}  "rules": [${rules ? `\n${rules}\n  ` : ''}]\n}\n`;
}
