// Worker-thread entry for piscina. Worker threads do not inherit the loader hooks of the main thread, so this plain
// JavaScript file registers tsx before loading the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { extractBatch } = await import('./extract-task.ts');

export default function run(batch) {
  return extractBatch(batch);
}
