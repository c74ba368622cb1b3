import { describe, expect, expectTypeOf, it } from 'vitest';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import { buildGraph } from '../graph/build-graph.js';
import { DEFAULT_OPTIONS, OPTION_SCHEMA, resolveOptions, workerOptions, type ExtractOptions } from '../options.js';
import { extractDocument } from './extract.js';
import { detect } from './detect.js';
import { analyse } from '../language/analyse.js';
import { OPTIONAL_STAGE_IDS, STAGES, STAGE_SWITCHES, pipelineStages, stageRecord, type StageSwitchName } from './registry.js';
import { PHASES, defineStage, type Stage, type StageContext } from './stage.js';

const kb = tinyKb();
const ids = (stages: readonly Stage[]) => stages.map((s) => s.id);
const defaults = () => pipelineStages(resolveOptions('t'));
const mentions = (text: string, options: Parameters<typeof extractDocument>[1] = {}) =>
  extractDocument({ id: 'd', text }, { kb, tagger: false, ...options }).mentions.map((m) => `${m.text}→${m.entity}`);

/** A stage that notes what it saw of the context when it ran. */
function probe(id: string, phase: Stage['phase'], seen: string[]): Stage {
  return { id, version: 1, phase, produces: [], summary: 'test probe', run: (ctx: StageContext) => void seen.push(`${id}: ${ctx.candidates.length} candidates, ${ctx.selected.length} selected, ${ctx.mentions.length} mentions`) };
}

describe('STAGES', () => {
  it('runs the phases in order, each selection after the phases that propose', () => {
    expect(ids(STAGES)).toEqual([
      'headlines', 'gazetteer',
      'national-bodies', 'demonyms', 'capitals', 'named-runs', 'persons-by-cue',
      'tagger', 'span-repair', 'plausibility', 'bare-heads',
      'select',
      'shared-names', 'propagate-persons', 'propagate-acronyms', 'propagate-heads', 'select-propagated',
      'coreference', 'select-referring',
      'resolve', 'co-mentions',
    ]);
    const order = STAGES.filter((s) => s.phase !== 'select').map((s) => PHASES.indexOf(s.phase));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(new Set(ids(STAGES)).size).toBe(STAGES.length);
  });

  it('cannot disable selection, resolution or co-mentions', () => {
    expect(STAGES.filter((s) => !OPTIONAL_STAGE_IDS.includes(s.id)).map((s) => s.id)).toEqual(['select', 'select-propagated', 'select-referring', 'resolve', 'co-mentions']);
    expect(() => resolveOptions('t', { disableStages: ['resolve'] })).toThrow('t: option "disableStages" expects a list of distinct values among headlines, gazetteer');
    expect(() => resolveOptions('t', { disableStages: ['coreference', 'coreference'] })).toThrow('received "coreference"');
  });
});

describe('stage switches', () => {
  it('are options of the schema, with the stage\'s default and help, sent to workers and recorded in the manifest', () => {
    expect(STAGE_SWITCHES.map((s) => s.name)).toEqual(['demonyms', 'capitals']);
    for (const s of STAGE_SWITCHES) {
      expect(OPTION_SCHEMA.find((o) => o.name === s.name)).toMatchObject({ default: s.default, help: s.help, rule: { kind: 'boolean' }, stage: 'extract', counts: true, manifest: true, cli: true });
      expect(DEFAULT_OPTIONS[s.name]).toBe(s.default);
    }
    expect(workerOptions(resolveOptions('t', { capitals: false, disableStages: ['coreference'] }))).toMatchObject({ capitals: false, disableStages: ['coreference'] });
  });

  it('are typed options of ExtractOptions, from the registry', () => {
    expectTypeOf<StageSwitchName>().toEqualTypeOf<'demonyms' | 'capitals'>();
    expectTypeOf<ExtractOptions['capitals']>().toEqualTypeOf<boolean>();
  });

  it('switch their stage off', () => {
    expect(ids(pipelineStages(resolveOptions('t', { capitals: false })))).toEqual(ids(STAGES).filter((id) => id !== 'capitals'));
    expect(mentions('Moscow maintains its position.')).toEqual(['Moscow→RUS']);
    expect(mentions('Moscow maintains its position.', { capitals: false })).toEqual([]);
  });
});

describe('#pipelineStages', () => {
  it('leaves out the stages disableStages names, and nothing else', () => {
    expect(ids(pipelineStages(resolveOptions('t', { disableStages: ['coreference', 'headlines'] })))).toEqual(ids(STAGES).filter((id) => id !== 'coreference' && id !== 'headlines'));
    const text = 'Foreign Minister Sergey Lavrov spoke. He said so.';
    expect(mentions(text)).toEqual(['Sergey Lavrov→person:sergey-lavrov', 'He→person:sergey-lavrov']);
    expect(mentions(text, { disableStages: ['coreference'] })).toEqual(['Sergey Lavrov→person:sergey-lavrov']);
  });

  it('puts an added stage after the last shipped stage of its phase, several in their order', () => {
    const seen: string[] = [];
    const stages = pipelineStages(resolveOptions('t', { addStages: [probe('late', 'propagate', seen), probe('early', 'propose', seen), probe('later', 'propagate', seen)] }));
    expect(ids(stages).slice(ids(stages).indexOf('persons-by-cue'), ids(stages).indexOf('persons-by-cue') + 2)).toEqual(['persons-by-cue', 'early']);
    expect(ids(stages).slice(ids(stages).indexOf('propagate-heads'), ids(stages).indexOf('select-propagated') + 1)).toEqual(['propagate-heads', 'late', 'later', 'select-propagated']);
  });

  it('still places an added stage when every shipped stage of its phase is off', () => {
    const stages = pipelineStages(resolveOptions('t', { disableStages: ['coreference'], addStages: [probe('mine', 'refer', [])] }));
    expect(ids(stages).slice(ids(stages).indexOf('select-propagated'), ids(stages).indexOf('select-referring') + 1)).toEqual(['select-propagated', 'mine', 'select-referring']);
  });

  it('gives the same pipeline for the same options (made once)', () => {
    expect(defaults()).toBe(defaults());
  });
});

describe('added stages', () => {
  it('see the candidates before selection, the selection after it, the mentions after resolution', () => {
    const seen: string[] = [];
    const addStages = [probe('before', 'review', seen), probe('after', 'refer', seen), probe('resolved', 'resolve', seen)];
    extractDocument({ id: 'd', text: 'NATO ignored Moscow.' }, { kb, tagger: false, addStages });
    expect(seen).toEqual(['before: 2 candidates, 0 selected, 0 mentions', 'after: 2 candidates, 2 selected, 0 mentions', 'resolved: 2 candidates, 2 selected, 2 mentions']);
  });

  it('propose candidates before selection, and add mentions after it that the next selection merges', () => {
    // A proposing stage: "Zorg" is an organisation wherever it is written.
    const zorg = defineStage({
      id: 'zorg',
      version: 1,
      phase: 'propose',
      produces: ['candidates'],
      summary: 'Zorg is an organisation',
      run(ctx) {
        ctx.view.a.value.forEach((v, i) => v === 'Zorg' && ctx.candidates.push({ first: i, last: i + 1, type: 'organisation', source: 'pattern', label: 'Zorg' }));
      },
    });
    expect(mentions('Zorg met NATO.', { addStages: [zorg] })).toEqual(['Zorg→organisation:zorg', 'NATO→Q7184']);
    // After selection: "it" refers to the one organisation selected before it (what the old `detectors` hook could not do).
    const it = defineStage({
      id: 'it-refers',
      version: 1,
      phase: 'refer',
      produces: ['added'],
      summary: '"it" is the organisation selected before it',
      run(ctx) {
        const org = ctx.selected.find((c) => c.type === 'organisation');
        ctx.view.norm.forEach((w, i) => w === 'it' && org && org.last <= i && !ctx.marks.named[i] && ctx.added.push({ ...org, first: i, last: i + 1, source: 'coreference' }));
      },
    });
    expect(mentions('NATO met. Later it agreed.', { addStages: [it] })).toEqual(['NATO→Q7184', 'it→Q7184']);
  });

  it('are checked at the entry: an id of their own, an addable phase, a run function', () => {
    const good = probe('mine', 'propose', []);
    expect(() => resolveOptions('t', { addStages: [{ ...good, id: 'gazetteer' }] })).toThrow('option "addStages" expects stages with ids of their own (not a shipped stage\'s, not twice), received "gazetteer"');
    expect(() => resolveOptions('t', { addStages: [good, good] })).toThrow('received "mine"');
    expect(() => resolveOptions('t', { addStages: [{ ...good, id: 'My Stage' }] })).toThrow('expects stages with a kebab-case "id", received "My Stage"');
    expect(() => resolveOptions('t', { addStages: [{ ...good, phase: 'select' }] })).toThrow('"phase" is one of scan, propose, review, propagate, refer, resolve, comention, received "select"');
    expect(() => resolveOptions('t', { addStages: [{ ...good, run: undefined as never }] })).toThrow('with a "run" function, received undefined');
    expect(() => resolveOptions('t', { addStages: good as never })).toThrow('expects a list of stages (defineStage), received object');
  });
});

describe('#detect', () => {
  it('runs the detection stages only: the selection, unresolved', () => {
    const { candidates } = detect(analyse('NATO ignored Moscow. He left.', { maxChars: 1000, maxTokenChars: 64 }), { kb, tagger: false });
    expect(candidates.map((c) => [c.source, c.type])).toEqual([['kb', 'organisation'], ['pattern', 'state']]);
  });
});

describe('manifest stages', () => {
  it('records the stages that ran, id@version in order, added stages included', () => {
    const docs = [{ id: 'a', text: 'NATO ignored Moscow.' }];
    expect(buildGraph(docs, { kb, tagger: false }).getAttribute('manifest').stages).toEqual(stageRecord(defaults()));
    const record = buildGraph(docs, { kb, tagger: false, demonyms: false, addStages: [probe('mine', 'scan', [])] }).getAttribute('manifest').stages!;
    expect(record.slice(0, 4)).toEqual(['headlines@1', 'gazetteer@1', 'mine@1', 'national-bodies@1']);
    expect(record).not.toContain('demonyms@1');
  });
});
