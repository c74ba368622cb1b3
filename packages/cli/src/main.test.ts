import { describe, expect, it, vi } from 'vitest';
import { EntenteError, InvalidInputError, InvalidOptionError } from '@entente/core';

// A command that fails with whatever error the test sets, to see how main() reports it.
const failure: { error?: unknown } = {};
vi.mock('./commands/stats.js', () => ({
  run: async () => {
    throw failure.error;
  },
}));
const { main } = await import('./main.js');

async function stderrOf(error: unknown): Promise<{ code: number; stderr: string }> {
  failure.error = error;
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const code = await main(['stats']);
    return { code, stderr: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('#main', () => {
  it('prints an Entente error that names who complains as it is', async () => {
    const r = await stderrOf(new InvalidOptionError('entente build', 'window', 'one of sentence, paragraph, document', 'page'));
    expect(r).toEqual({ code: 2, stderr: 'entente build: option "window" expects one of sentence, paragraph, document, received "page"\n' });
    expect((await stderrOf(new InvalidInputError('entente/readJson', 'graph JSON', 'is not JSON'))).stderr).toBe('entente/readJson: graph JSON: is not JSON\n');
  });

  it('says "entente:" first when who complains is a bare function name', async () => {
    expect((await stderrOf(new InvalidInputError('addDocumentResult', 'result', 'bad'))).stderr).toBe('entente: addDocumentResult: result: bad\n');
    expect((await stderrOf(new InvalidInputError('ententeLike', 'result', 'bad'))).stderr).toBe('entente: ententeLike: result: bad\n');
  });

  it('prints a face error made from its message alone as it is', async () => {
    expect((await stderrOf(new EntenteError('entente stats: no graph'))).stderr).toBe('entente stats: no graph\n');
  });

  it('lets a bug through with its stack', async () => {
    await expect(stderrOf(new TypeError('x is undefined'))).rejects.toThrow('x is undefined');
  });
});
