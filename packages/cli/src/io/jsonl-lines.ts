/**
 * Lines of a byte stream, with a bound on their length. readline holds a whole line in memory, however long: one
 * 2 GB line without a newline would take the build down. Here a line longer than `maxBytes` is dropped as it streams
 * (its bytes are counted, not kept) and reported as too long; the lines after it are read as usual.
 */

import { MAX_LINE_BYTES } from '@entente/core/documents';

/** As core's `RawLine`, which `readJsonlLine` reads; core's `jsonlLines` cuts a whole file the same way. */
export type Line = { lineNo: number; bytes: Buffer } | { lineNo: number; tooLong: number };

export async function* splitLines(stream: AsyncIterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let dropped = 0;
  let lineNo = 0;
  const finish = (last: Buffer): Line => {
    lineNo++;
    if (dropped > 0) {
      const line = { lineNo, tooLong: dropped + last.length };
      dropped = 0;
      return line;
    }
    const bytes = parts.length ? Buffer.concat([...parts, last]) : last;
    parts = [];
    length = 0;
    // CRLF files: the CR belongs to the line break.
    return { lineNo, bytes: bytes.length && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes };
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      yield finish(chunk.subarray(from, nl));
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    if (dropped > 0) dropped += rest.length;
    else if (length + rest.length > maxBytes) {
      dropped = length + rest.length;
      parts = [];
      length = 0;
    } else if (rest.length > 0) {
      // Copied: the stream may reuse its buffer.
      parts.push(Buffer.from(rest));
      length += rest.length;
    }
  }
  if (length > 0 || dropped > 0) yield finish(Buffer.alloc(0));
}

/**
 * The chunks of a stream, then its error if it fails. Unlike `for await (… of stream)`, which drops what the stream
 * had buffered when it fails, every chunk emitted before the error is delivered: a truncated .gz gives all the
 * documents before the break. Paused while the consumer is behind, so memory stays bounded.
 */
export async function* chunksOf(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer | string> {
  const queue: Array<Buffer | string> = [];
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const onData = (chunk: Buffer | string) => {
    queue.push(chunk);
    if (queue.length >= 16) stream.pause();
    notify();
  };
  const onEnd = () => {
    ended = true;
    notify();
  };
  const onError = (error: Error) => {
    failure = error;
    notify();
  };
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('close', onEnd);
  stream.on('error', onError);
  try {
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift()!;
        if (queue.length < 4) stream.resume();
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('close', onEnd);
    stream.off('error', onError);
  }
}
