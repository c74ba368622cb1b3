import { describe, expect, it } from 'vitest';
import { parseRedisUrl } from './connection.js';
import { jobId, pipelineId } from './protocol.js';

describe('parseRedisUrl', () => {
  it('takes loopback URLs, with passwords, databases and TLS, and hides the password in messages', () => {
    expect(parseRedisUrl('t', 'redis://127.0.0.1:6390', false).options).toMatchObject({ host: '127.0.0.1', port: 6390 });
    const t = parseRedisUrl('t', 'rediss://user:p%40ss@localhost/3', false);
    expect(t.options).toMatchObject({ host: 'localhost', port: 6379, username: 'user', password: 'p@ss', db: 3, tls: { servername: 'localhost' } });
    expect(t.display).toBe('rediss://user:***@localhost/3');
    expect(parseRedisUrl('t', 'redis://[::1]:7000', false).options.host).toBe('::1');
  });

  it('refuses other hosts unless allowed, other schemes and bad databases, saying what it received', () => {
    expect(() => parseRedisUrl('entente worker', 'redis://10.1.2.3', false)).toThrow(/^entente worker: 10\.1\.2\.3 is not this machine.*--allow-remote/);
    expect(parseRedisUrl('t', 'redis://:pw@10.1.2.3', true).options).toMatchObject({ host: '10.1.2.3', password: 'pw' });
    expect(() => parseRedisUrl('t', 'http://127.0.0.1', false)).toThrow(/received "http:\/\/…"/);
    expect(() => parseRedisUrl('t', 'localhost:6379', false)).toThrow(/redis:\/\/ or rediss:\/\//);
    expect(() => parseRedisUrl('t', 'redis://127.0.0.1/x', false)).toThrow(/database .* received "x"/);
    expect(() => parseRedisUrl('t', 'not a url', false)).toThrow(/received "not a url"/);
  });
});

describe('jobId', () => {
  it('is the same for the same batch and differs with the pipeline, the options or the documents', () => {
    const docs = [{ id: 'a', text: 'NATO met.' }];
    const base = { pipeline: pipelineId(), options: { window: 'sentence' as const }, docs };
    expect(jobId(base)).toBe(jobId({ ...base, docs: [{ id: 'a', text: 'NATO met.' }] }));
    expect(jobId(base)).toMatch(/^batch-[0-9a-f]{40}$/);
    expect(jobId({ ...base, pipeline: 'entente 9.9.9, kb x' })).not.toBe(jobId(base));
    expect(jobId({ ...base, options: { window: 'paragraph' } })).not.toBe(jobId(base));
    expect(jobId({ ...base, docs: [{ id: 'a', text: 'NATO met!' }] })).not.toBe(jobId(base));
  });
});
