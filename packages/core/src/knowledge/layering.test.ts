/**
 * The knowledge layer sits under detection: it may read its data, the shared types and errors, and nothing of the
 * stages above it (detect, resolve, …), so that a detector can change without touching the KB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const ALLOWED = /^(\.\/[\w-]+\.js|\.\.\/(types|errors)\.js|\.\.\/\.\.\/data\/[\w/-]+\.json)$/;

describe('knowledge layer', () => {
  it('imports only knowledge modules, types, errors and its data', () => {
    const offending: string[] = [];
    for (const f of fs.readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = fs.readFileSync(path.join(here, f), 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.') && !ALLOWED.test(spec)) offending.push(`${f}: ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
