// Curation rules: the file format and its validation, and the one function that applies them.
export { RULES_VERSION, InvalidRulesError, parseRules, validateRules, serializeRules, ruleKind, type Rule, type RuleKind, type RulesFile, type EntitySelector, type EntityMatch } from './rules.js';
export { applyRules, type CurationReport, type CurationResult, type CurationSummary, type RuleOutcome } from './apply-rules.js';
