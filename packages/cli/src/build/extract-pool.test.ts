import { describe, expect, it } from 'vitest';
import { createExtractor } from './extract-pool.js';
import type { BatchItem } from './extract-task.js';

const docs = Array.from({ length: 6 }, (_, i) => ({ id: `d${i}`, text: `Russia and NATO met in Vienna, meeting ${i}.` }));

describe('#createExtractor', () => {
  it('fails with the error onItem throws, without retrying the batch (no document delivered twice)', async () => {
    const delivered: string[] = [];
    const extractor = createExtractor({
      workers: 1,
      batchSize: 3,
      options: {},
      onItem(item: BatchItem) {
        const id = item.ok ? item.result.docId : item.id;
        delivered.push(id);
        if (id === 'd1') throw new Error('graph rejected d1');
      },
    });
    try {
      const run = async () => {
        for (const doc of docs) await extractor.push(doc);
        await extractor.flush();
      };
      await expect(run()).rejects.toThrow('graph rejected d1');
      expect(new Set(delivered).size).toBe(delivered.length);
      expect(delivered).not.toContain('d2'); // nothing is added after the failure
    } finally {
      await extractor.close();
    }
  });

  it('delivers every document once when nothing fails', async () => {
    const delivered: string[] = [];
    const extractor = createExtractor({ workers: 2, batchSize: 2, options: {}, onItem: (item) => delivered.push(item.ok ? item.result.docId : item.id) });
    try {
      for (const doc of docs) await extractor.push(doc);
      await extractor.flush();
    } finally {
      await extractor.close();
    }
    expect(delivered.sort()).toEqual(docs.map((d) => d.id));
  });
});
