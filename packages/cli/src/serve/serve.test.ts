/**
 * `entente serve`'s API and files over a real socket: documents by id, mentions and link sentences paged to the exact
 * counts of the graph, every bad parameter a one-line 400, traversal attempts refused, other hosts and methods refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../commands/serve.js';

const dir = mkdtempSync(path.join(tmpdir(), 'entente-serve-'));
const app = path.join(dir, 'app');
const graphFile = path.join(dir, 'g.json');
let server: Awaited<ReturnType<typeof serve>>;
let bare: Awaited<ReturnType<typeof serve>>;
let graph: { nodes: Array<{ key: string; attributes: { mentions: number } }>; edges: Array<{ source: string; target: string; attributes: { weight: number } }> };

/** A GET with the path sent exactly as written (no normalisation by a URL parser). */
function get(base: string, rawPath: string, opts: { host?: string; method?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: opts.method ?? 'GET', headers: opts.host ? { host: opts.host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}
const api = async (p: string, base = server.url) => {
  const r = await get(base, p);
  return { status: r.status, json: JSON.parse(r.body) };
};

beforeAll(async () => {
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(path.join(corpus, 'a.txt'), 'Swedish Foreign Minister Johan Ekdahl met NATO officials in Geneva. Ekdahl said NATO must not expand. NATO said nothing.\n');
  writeFileSync(path.join(corpus, 'b.txt'), 'NATO and Russia spoke again. Ekdahl left. NATO stayed, and so did Russia.\n');
  const bin = path.resolve(import.meta.dirname, '../../bin/entente.js');
  expect(spawnSync(process.execPath, [bin, 'build', corpus, '-o', graphFile, '-q']).status).toBe(0);
  graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  mkdirSync(app);
  writeFileSync(path.join(app, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(app, 'link.txt'));
  writeFileSync(path.join(app, '.hidden'), 'hidden');
  server = await serve({ graphFile, appDir: app, port: 0 });
  // The same graph without its documents file.
  const copy = path.join(dir, 'copy', 'g.json');
  mkdirSync(path.dirname(copy));
  writeFileSync(copy, readFileSync(graphFile));
  bare = await serve({ graphFile: copy, appDir: null, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await bare?.close();
});

describe('entente serve: API', () => {
  it('serves a document whole, its mentions with offsets into its text', async () => {
    const { status, json } = await api('/api/document?id=b.txt');
    expect(status).toBe(200);
    expect(json.text).toContain('NATO and Russia spoke again.');
    for (const m of json.mentions) expect(json.text.slice(m.start, m.end)).toBe(m.text);
    expect(json.mentions.find((m: { text: string }) => m.text === 'Ekdahl').entity).toBe('person:johan-ekdahl');
    expect((await api('/api/status')).json).toEqual({ texts: true, documents: 2, window: 'sentence' });
  });

  it('pages every mention of an entity: pages add up to the graph’s count', async () => {
    const nato = graph.nodes.find((n) => n.key === 'Q7184')!;
    const seen: string[] = [];
    for (let offset = 0; offset < 10; offset += 2) {
      const { json } = await api(`/api/mentions?entity=Q7184&offset=${offset}&limit=2`);
      expect(json.total).toBe(nato.attributes.mentions);
      for (const item of json.items) seen.push(`${item.doc}@${item.mention[0]}`);
    }
    expect(new Set(seen).size).toBe(nato.attributes.mentions);
    expect((await api('/api/mentions?entity=Q7184&offset=999')).json.items).toEqual([]);
  });

  it('pages a link by window: the total is its weight', async () => {
    for (const e of graph.edges) {
      const { json } = await api(`/api/link?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}&limit=100`);
      expect(json.total).toBe(e.attributes.weight);
      expect(json.items).toHaveLength(Math.min(100, e.attributes.weight));
    }
  });

  it('answers every bad parameter with a 400 and one line', async () => {
    const bad = [
      '/api/document',
      '/api/document?id=',
      '/api/document?id=a.txt&id=b.txt',
      '/api/document?id=a%00.txt',
      `/api/document?id=${'x'.repeat(3000)}`,
      '/api/document?id=a.txt&path=/etc/passwd',
      '/api/mentions?entity=Q7184&limit=0',
      '/api/mentions?entity=Q7184&limit=101',
      '/api/mentions?entity=Q7184&limit=ten',
      '/api/mentions?entity=Q7184&offset=-1',
      '/api/mentions?entity=Q7184&offset=1.5',
      '/api/mentions?entity=Q7184&offset=99999999999',
      '/api/link?a=Q7184',
      '/api/status?x=1',
    ];
    for (const p of bad) {
      const { status, json } = await api(p);
      expect([p, status]).toEqual([p, 400]);
      expect(json.error).toMatch(/^[^\n]+$/);
    }
  });

  it('says 404 for what is not there: an unknown document, entity, link or endpoint', async () => {
    expect((await api('/api/document?id=../g.json')).status).toBe(404);
    expect((await api('/api/document?id=c.txt')).json.error).toBe('no document "c.txt" in the documents file');
    expect((await api('/api/mentions?entity=nobody')).status).toBe(404);
    expect((await api('/api/link?a=Q7184&b=nobody')).status).toBe(404);
    expect((await api('/api/nothing')).status).toBe(404);
  });

  it('without a documents file, says the texts are not available', async () => {
    expect((await api('/api/status', bare.url)).json).toEqual({ texts: false, documents: 0, window: null });
    const { status, json } = await api('/api/document?id=a.txt', bare.url);
    expect(status).toBe(404);
    expect(json.error).toMatch(/texts are not available/);
  });
});

describe('entente serve: files', () => {
  it('serves the app and the graph', async () => {
    const index = await get(server.url, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const g = await get(server.url, '/graph.json');
    expect(JSON.parse(g.body).nodes).toHaveLength(graph.nodes.length);
  });

  it('refuses traversal, hidden files and links out of the app folder', async () => {
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/a/../../secret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt', '/index.html%00', '/link.txt', '/.hidden', '/%E0%A4%A']) {
      const r = await get(server.url, p);
      expect([p, r.status]).toEqual([p, r.status === 400 ? 400 : 404]);
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('hidden');
    }
  });

  it('answers only requests for its own loopback host, and only GET and HEAD', async () => {
    expect((await get(server.url, '/api/status', { host: 'evil.example:80' })).status).toBe(403);
    expect((await get(server.url, '/api/status', { method: 'POST' })).status).toBe(405);
    expect((await get(server.url, '/api/status', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('entente serve: usage errors', () => {
  const bin = path.resolve(import.meta.dirname, '../../bin/entente.js');
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, 'serve', ...args], { encoding: 'utf8', timeout: 60_000 });
  const oneLine = (r: ReturnType<typeof cli>, pattern: RegExp) => {
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };

  it('refuses a bad command line, a missing graph or app, and a broken documents file in one line', () => {
    oneLine(cli(), /expected one graph file, received 0/);
    oneLine(cli(graphFile, '--port', '70000'), /--port expects an integer from 0 to 65535/);
    oneLine(cli(path.join(dir, 'none.json')), /cannot read graph file .*none\.json.*no such file/);
    oneLine(cli(graphFile, '--app', path.join(dir, 'no-app')), /no built explorer in .*no-app/);
    const notDocs = path.join(dir, 'not-docs.jsonl');
    writeFileSync(notDocs, '{"id":"a","text":"x"}\n');
    oneLine(cli(graphFile, '--app', app, '--docs', notDocs), /is not an Entente documents file/);
    const bad = path.join(dir, 'bad.docs.jsonl');
    const [header, first] = readFileSync(path.join(dir, 'g.docs.jsonl'), 'utf8').split('\n');
    const record = JSON.parse(first!);
    record.mentions[0][1] = 10_000_000;
    writeFileSync(bad, `${header}\n${JSON.stringify(record)}\n`);
    oneLine(cli(graphFile, '--app', app, '--docs', bad), /bad\.docs\.jsonl line 2: document "a\.txt" has a mention outside its text/);
  });
});
