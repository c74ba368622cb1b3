/**
 * The read-only JSON API of `entente serve`, as a function from a URL to a status and a body, so it is tested without
 * a socket. Ids travel in the query string and are looked up in maps, never turned into paths. Every parameter is
 * checked: an unknown or repeated one, an empty or overlong id, an offset or limit that is not a small integer are a
 * 400 with one line saying which; an id that is not in the graph or the documents file is a 404.
 *
 *   GET /api/status                                   {texts, documents, window}
 *   GET /api/document?id=D                            the document: text, title, metadata, sentences, mentions
 *   GET /api/mentions?entity=E[&offset=0&limit=20]    the entity's mentions, a page at a time
 *   GET /api/link?a=E1&b=E2[&offset=0&limit=20]       the windows where the two are co-mentioned, a page at a time
 */
import { MAX_PAGE, entityMentionsPage, linkSentencesPage, readerDocument } from '@entente/core';
import type { DocumentsStore } from './documents-store.js';

export interface ApiContext {
  /** The graph's nodes and links (the documents file may mention entities a pruned graph dropped). */
  hasNode(id: string): boolean;
  hasEdge(a: string, b: string): boolean;
  /** Undefined when the graph has no documents file beside it. */
  store: DocumentsStore | undefined;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

export const MAX_ID_CHARS = 2048;
export const DEFAULT_LIMIT = 20;

class BadRequest extends Error {}

type Spec = Record<string, 'id' | 'offset' | 'limit'>;

/** The query's parameters, checked against `spec` (all ids required; offset and limit optional). */
function params(url: URL, spec: Spec): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const seen = new Set<string>();
  for (const [name, value] of url.searchParams) {
    const kind = spec[name];
    if (!kind) throw new BadRequest(`unknown parameter "${name.slice(0, 40)}" (expected ${Object.keys(spec).join(', ')})`);
    if (seen.has(name)) throw new BadRequest(`parameter "${name}" given twice`);
    seen.add(name);
    if (kind === 'id') {
      if (value.length === 0 || value.length > MAX_ID_CHARS) throw new BadRequest(`"${name}" must be 1 to ${MAX_ID_CHARS} characters`);
      if (/[\u0000-\u001f\u007f]/.test(value)) throw new BadRequest(`"${name}" must not hold control characters`);
      out[name] = value;
    } else {
      const max = kind === 'limit' ? MAX_PAGE : 1_000_000_000;
      const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n) || n > max || (kind === 'limit' && n < 1)) throw new BadRequest(`"${name}" must be an integer from ${kind === 'limit' ? 1 : 0} to ${max}, received "${value.slice(0, 20)}"`);
      out[name] = n;
    }
  }
  for (const [name, kind] of Object.entries(spec)) if (kind === 'id' && !(name in out)) throw new BadRequest(`missing parameter "${name}"`);
  return out;
}

const error = (status: number, message: string): ApiResponse => ({ status, body: { error: message } });

export function handleApi(url: URL, ctx: ApiContext): ApiResponse {
  try {
    return route(url, ctx);
  } catch (e) {
    if (e instanceof BadRequest) return error(400, e.message);
    throw e;
  }
}

function route(url: URL, ctx: ApiContext): ApiResponse {
  const { store } = ctx;
  switch (url.pathname) {
    case '/api/status':
      params(url, {});
      return { status: 200, body: { texts: store !== undefined, documents: store?.ids.length ?? 0, window: store?.window ?? null } };
    case '/api/document': {
      const p = params(url, { id: 'id' });
      if (!store) return noTexts();
      const n = store.byId.get(p.id as string);
      if (n === undefined) return error(404, `no document "${String(p.id).slice(0, 80)}" in the documents file`);
      return { status: 200, body: readerDocument(store.record(n)) };
    }
    case '/api/mentions': {
      const p = params(url, { entity: 'id', offset: 'offset', limit: 'limit' });
      if (!store) return noTexts();
      const entity = p.entity as string;
      if (!ctx.hasNode(entity) && !store.index.has(entity)) return error(404, `no entity "${entity.slice(0, 80)}" in the graph`);
      return { status: 200, body: { entity, ...entityMentionsPage(store.index, store, entity, (p.offset as number) ?? 0, (p.limit as number) ?? DEFAULT_LIMIT) } };
    }
    case '/api/link': {
      const p = params(url, { a: 'id', b: 'id', offset: 'offset', limit: 'limit' });
      if (!store) return noTexts();
      const [a, b] = [p.a as string, p.b as string];
      if (!ctx.hasEdge(a, b)) return error(404, `no link between "${a.slice(0, 80)}" and "${b.slice(0, 80)}" in the graph`);
      return { status: 200, body: { a, b, ...linkSentencesPage(store.index, store, a, b, (p.offset as number) ?? 0, (p.limit as number) ?? DEFAULT_LIMIT) } };
    }
    default:
      return error(404, `no such API endpoint "${url.pathname.slice(0, 80)}" (status, document, mentions, link)`);
  }
}

function noTexts(): ApiResponse {
  return error(404, 'this graph has no documents file beside it (built with --no-texts?); texts are not available');
}
