/**
 * Progress on stderr for long builds: a redrawn bar with documents, tokens per second and ETA when stderr is a
 * terminal; a plain line every few seconds when it is not (logs, CI). Silent for small inputs.
 */
export interface Progress {
  update(done: number, tokens: number): void;
  done(): void;
}

export function createProgress(total: number | undefined, stream: NodeJS.WriteStream = process.stderr, minDocs = 20): Progress {
  const started = Date.now();
  let last = started;
  let shown = false;
  const tty = Boolean(stream.isTTY);
  const interval = tty ? 100 : 5000;
  return {
    update(done, tokens) {
      if (total !== undefined && total < minDocs) return;
      const now = Date.now();
      if (now - last < interval) return;
      last = now;
      const secs = Math.max((now - started) / 1000, 0.001);
      const rate = Math.round(tokens / secs);
      const eta = total && done > 0 ? Math.round(((total - done) * secs) / done) : undefined;
      const of = total ? `/${total}` : '';
      const bar = total && tty ? `[${'#'.repeat(Math.round((20 * done) / total)).padEnd(20, '.')}] ` : '';
      const line = `${bar}${done}${of} documents, ${rate.toLocaleString('en')} tokens/s${eta !== undefined ? `, ETA ${eta}s` : ''}`;
      if (tty) stream.write(`\r${line}\x1b[K`);
      else stream.write(`entente: ${line}\n`);
      shown = true;
    },
    done() {
      if (shown && tty) stream.write('\r\x1b[K');
    },
  };
}
