/**
 * `entente build --help` against the options schema of core: every option the command takes is listed under its flag,
 * with the schema's default, so the help cannot drift from the defaults the build uses.
 */
import { describe, expect, it } from 'vitest';
import { OPTION_SCHEMA } from '@entente/core';
import { BUILD_HELP } from './build.js';

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('BUILD_HELP', () => {
  it('lists each build option of the schema with its default', () => {
    for (const spec of OPTION_SCHEMA.filter((o) => o.cli)) {
      const flag = spec.default === true ? `--no-${kebab(spec.name)}` : `--${kebab(spec.name)}`;
      const line = BUILD_HELP.split('\n').find((l) => l.trimStart().startsWith(flag));
      expect(line, flag).toBeDefined();
      if (typeof spec.default !== 'boolean') expect(line, flag).toMatch(new RegExp(`default ${spec.default}\\b|${spec.default} \\(default\\)`));
    }
  });
});
