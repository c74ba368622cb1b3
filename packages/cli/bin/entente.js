#!/usr/bin/env node
// The `entente` command. Entente ships TypeScript sources; tsx compiles them on load (about 0.2 s).
import { register } from 'tsx/esm/api';

register();
// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only bugs reach here: user errors are turned into one line by main().
  process.stderr.write(`entente: internal error: ${error?.stack ?? String(error)}\n`);
  process.exitCode = 70;
}
