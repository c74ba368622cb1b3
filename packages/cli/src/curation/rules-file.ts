/**
 * Curation rules from a file, for `entente build --rules` and `entente curate`: read and validated before any work
 * starts (a bad file costs one line and exit 2, not a build), applied with core's `applyRules`, the file's SHA-256
 * recorded in the manifest so a graph says which corrections it carries, and the outcome told in a few lines.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidRulesError, applyRules, parseRules, type CurationReport, type EntenteGraph, type RulesFile } from '@entente/core';
import { UsageError } from '../errors.js';

export interface LoadedRules {
  file: string;
  rules: RulesFile;
  sha256: string;
}

/** Unused rules listed one per line, at most this many (a file written against another corpus may have hundreds). */
const LISTED_UNUSED = 10;

export async function readRulesFile(who: string, file: string): Promise<LoadedRules> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
    throw new UsageError(`${who}: cannot read rules file "${file}": ${reason}`);
  }
  try {
    const rules = parseRules(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return { file, rules, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    if (!(error instanceof InvalidRulesError)) throw error;
    throw new UsageError(`${who}: rules file "${file}": ${error.message.replace(/^rules: /, '')}`);
  }
}

/** Apply the rules; the manifest's `curation` gains the file's hash. */
export function applyRulesFile(graph: EntenteGraph, loaded: LoadedRules): { graph: EntenteGraph; report: CurationReport } {
  const { graph: curated, report } = applyRules(graph, loaded.rules);
  const manifest = curated.getAttribute('manifest');
  if (manifest?.curation) curated.setAttribute('manifest', { ...manifest, curation: { ...manifest.curation, sha256: loaded.sha256 } });
  return { graph: curated, report };
}

/** One line of counts, then the unused rules with their reasons (for stderr: they are warnings, not output). */
export function describeReport(report: CurationReport, file: string): { summary: string; unused: string[] } {
  const name = path.basename(file);
  const summary = `  rules:     ${report.applied} applied, ${report.unused} unused (${name})`;
  const unused = report.outcomes.filter((o) => !o.applied);
  const lines = unused.slice(0, LISTED_UNUSED).map((o) => `entente: ${name}: rules[${o.index}] (${o.kind}) unused: ${o.reason}`);
  if (unused.length > LISTED_UNUSED) lines.push(`entente: ${name}: … and ${unused.length - LISTED_UNUSED} more unused rule(s)`);
  return { summary, unused: lines };
}
