/** Work that can wait for the page to be idle (the search index, the curation worker's read): after the pending work, at the latest in 3 s. */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: 3000 });
  else setTimeout(run, 1000);
}
