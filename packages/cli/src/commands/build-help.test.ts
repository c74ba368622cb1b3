/**
 * `entente build --help` and `entente extract --help` against the options schema of core: every option the command
 * line takes is listed under its flag, with the schema's default, so the help cannot drift from the defaults the build
 * uses; and the flags parsed are the schema's (io/option-flags.ts), so a new option needs nothing here.
 */
import { describe, expect, it } from 'vitest';
import { OPTION_SCHEMA } from '@entente/core';
import { BUILD_COMMAND, BUILD_HELP } from './build.js';
import { EXTRACT_COMMAND } from './extract.js';
import { flagName } from '../io/option-flags.js';

describe('BUILD_HELP', () => {
  it('lists each build option of the schema with its default', () => {
    for (const spec of OPTION_SCHEMA.filter((o) => o.cli)) {
      const flag = `--${flagName(spec)}`;
      const line = BUILD_HELP.split('\n').find((l) => l.trimStart().startsWith(flag));
      expect(line, flag).toBeDefined();
      if (typeof spec.default !== 'boolean') expect(line, flag).toMatch(new RegExp(`default ${spec.default}\\b|${spec.default} \\(default\\)`));
    }
  });

  it('takes a flag for every option the schema gives the command line, and extract one for each switch of extraction', () => {
    const cli = OPTION_SCHEMA.filter((o) => o.cli);
    for (const spec of cli) expect(Object.keys(BUILD_COMMAND.flags), spec.name).toContain(flagName(spec));
    const switches = cli.filter((o) => o.stage === 'extract' && o.rule.kind === 'boolean').map(flagName);
    expect(Object.keys(EXTRACT_COMMAND.flags).filter((f) => f !== 'format')).toEqual(switches);
  });
});
