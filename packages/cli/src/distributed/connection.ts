/**
 * Redis connections for distributed builds: parse and check the URL the user gave, and fail in one line, within
 * seconds, when Redis is stopped or unreachable (ioredis would otherwise retry for ever and the command would hang).
 */
import { Redis } from 'ioredis';
import { EntenteError } from '@entente/core';
import { UsageError } from '../errors.js';

/** The queue could not be used (Redis unreachable, a job refused or failed): the work failed, exit 1. */
export class QueueError extends EntenteError {
  override name = 'QueueError';
  /** Redis itself is gone (unreachable or lost), not one job: cleaning up would only wait for it. */
  readonly redisGone: boolean;

  constructor(message: string, options: { redisGone?: boolean } = {}) {
    super(message);
    this.redisGone = options.redisGone ?? false;
  }
}

/** What ioredis and BullMQ both take as connection options. */
export interface RedisConnection {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: { servername: string };
  connectTimeout: number;
}

export interface RedisTarget {
  /** The URL without its password, for messages. */
  display: string;
  options: RedisConnection;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** How long a connection attempt may take before it counts as a failure. */
const CONNECT_TIMEOUT_MS = 3000;

/**
 * redis://[user:password@]host[:port][/db] or rediss://… (TLS). A host other than loopback needs `allowRemote`:
 * a queue carries the documents' text, so sending it off the machine must be asked for.
 */
export function parseRedisUrl(who: string, value: string, allowRemote: boolean): RedisTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${who}: expects a Redis URL such as redis://127.0.0.1:6379, received "${value}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new UsageError(`${who}: a Redis URL starts with redis:// or rediss://, received "${url.protocol}//…"`);
  }
  const host = url.hostname || '127.0.0.1';
  if (!allowRemote && !LOOPBACK.has(host) && !host.startsWith('127.')) {
    throw new UsageError(`${who}: ${host} is not this machine; documents would cross the network, so add --allow-remote to mean it`);
  }
  const port = url.port ? Number(url.port) : 6379;
  const dbText = url.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d+$/.test(dbText)) throw new UsageError(`${who}: the Redis database in the URL must be a number, received "${dbText}"`);
  const options: RedisConnection = {
    host: host.replace(/^\[|\]$/g, ''),
    port,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(dbText ? { db: Number(dbText) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: { servername: host } } : {}),
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
  const auth = url.username || url.password ? `${url.username || ''}${url.password ? ':***' : ''}@` : '';
  return { display: `${url.protocol}//${auth}${url.host}${url.pathname === '/' ? '' : url.pathname}`, options };
}

/**
 * Connect once, without retries, and PING: a stopped Redis or a wrong password is reported here in one line
 * rather than as a hang or an unhandled error event later. Returns the open client (the caller quits it).
 */
export async function checkRedis(who: string, target: RedisTarget): Promise<Redis> {
  const client = new Redis({ ...target.options, lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  let last: unknown;
  client.on('error', (error) => (last = error));
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    throw new QueueError(`${who}: cannot use Redis at ${target.display}: ${reason(last ?? error)}`, { redisGone: true });
  }
}

export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException | null;
  const message = String(e?.message ?? error).split('\n')[0]!;
  return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
