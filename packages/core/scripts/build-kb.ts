/**
 * Builds the derived knowledge-base files of @entente/core (`pnpm kb`), or checks that they are what their sources
 * give (`pnpm kb:check`):
 *
 *   data/states.json         kb/states.ts: world-countries (ODbL-1.0) + internacia countries (MIT, Wikidata ids)
 *                            + data/sources/states.yaml and historical-states.yaml (hand-written)
 *   data/organisations.json  kb/organisation-sources.ts, kb/organisations.ts: supraverden (CC BY-SA 4.0) + internacia
 *                            intblocks (MIT) + data/sources/organisations.yaml and organisation-patches.yaml
 *
 * and then checks all four KB files (kb/verify.ts): counts, shapes, and aliases shared across entries or files.
 *
 *   npx tsx packages/core/scripts/build-kb.ts            rebuild (a file is rewritten only when its bytes change)
 *   npx tsx packages/core/scripts/build-kb.ts --check    rebuild in memory and compare byte for byte with the
 *                                                        committed files; exit 1 when one differs
 *   … --verbose                                          list every merge and every dropped alias
 *
 * The source datasets are read from `../shared/kb` next to the repository. When that folder is missing the script
 * says so, leaves the committed files untouched, runs the check of their content only, and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { notes } from './kb/kb-file.js';
import { buildOrganisations, organisationsText } from './kb/organisations.js';
import { dataDir, repoRoot, sharedKb } from './kb/paths.js';
import { buildStates, statesText } from './kb/states.js';
import { handKeysOf, verify } from './kb/verify.js';

/** Where two texts first differ (line and the text around it), for a message a person can act on. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    const x = la[i] ?? '';
    const y = lb[i] ?? '';
    if (x === y) continue;
    let c = 0;
    while (c < x.length && x[c] === y[c]) c++;
    const around = (s: string): string => JSON.stringify(s.slice(Math.max(0, c - 30), c + 50));
    return `line ${i + 1}: committed …${around(x)}…, sources give …${around(y)}…`;
  }
  return 'same lines, different bytes';
}

function main(): void {
  const check = process.argv.includes('--check');
  const rel = path.relative(repoRoot, dataDir);
  let sourcesMissing = false;
  if (!fs.existsSync(sharedKb)) {
    sourcesMissing = true;
    console.log(
      `build-kb: the shared KB sources are not at ${sharedKb} (expected ../shared/kb next to the repository).\n` +
        `          Leaving ${rel}/states.json and organisations.json as committed; checking their content only.`,
    );
  } else {
    const states = buildStates();
    const orgs = buildOrganisations(handKeysOf());
    const outputs: Array<[string, string]> = [
      ['states.json', statesText(states)],
      ['organisations.json', organisationsText(orgs)],
    ];
    for (const [name, text] of outputs) {
      const file = path.join(dataDir, name);
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (committed === text) continue;
      if (check) {
        console.error(`build-kb: ${rel}/${name} differs from what its sources give (${firstDifference(committed, text)}); run pnpm kb and commit`);
        process.exitCode = 1;
      } else {
        fs.writeFileSync(`${file}.tmp`, text);
        fs.renameSync(`${file}.tmp`, file);
        console.log(`build-kb: wrote ${rel}/${name}`);
      }
    }
    console.log(`build-kb: ${states.length} states and ${orgs.length} organisations${check && !process.exitCode ? ', identical to the committed files' : ''}`);
    if (process.argv.includes('--verbose')) for (const l of notes) console.log(`  · ${l}`);
    else console.log(`  (${notes.length} merge/conflict notes; --verbose to list them)`);
  }
  console.log('build-kb: check');
  const problems = verify();
  if (problems) {
    console.warn(`build-kb: ${problems} problem(s)`);
    // Without the sources nothing was built, and the run must not fail a build that merely lacks ../shared.
    if (!sourcesMissing) process.exitCode = 1;
  }
}

main();
