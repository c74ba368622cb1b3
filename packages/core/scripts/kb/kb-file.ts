/** The KB file format (one entry a line: compact and diff-friendly), its reader and writer, and the readers of JSON and YAML inputs. */
import fs from 'node:fs';
import YAML from 'yaml';

export interface KbHead {
  version: string;
  source: string;
  licence: string;
}

export interface KbFile<T> extends KbHead {
  entries: T[];
}

/** The exact text of a KB file: what is written, and what `--check` compares byte for byte. */
export function formatKbFile<T>(head: KbHead, entries: T[]): string {
  return (
    `{"version":${JSON.stringify(head.version)},"source":${JSON.stringify(head.source)},` +
    `"licence":${JSON.stringify(head.licence)},"entries":[\n` +
    entries.map((e) => JSON.stringify(e)).join(',\n') +
    '\n]}\n'
  );
}

/** A JSON file that must be there: a missing one throws, naming it. */
export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function readKbFile<T>(file: string): KbFile<T> | undefined {
  if (!fs.existsSync(file)) return undefined;
  return readJson<KbFile<T>>(file);
}

/** Written to a temporary file and renamed, so that an interrupted run never leaves half a KB file. */
export function writeKbFile(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Source datasets are untyped YAML: their readers check what they take. */
export function readYaml(file: string): any {
  return YAML.parse(fs.readFileSync(file, 'utf8'), { uniqueKeys: false });
}

/** Merge and conflict notes of one build, listed with --verbose. */
export const notes: string[] = [];
export function note(msg: string): void {
  notes.push(msg);
}
