/**
 * A tiny knowledge base for unit tests: enough entries to exercise every rule, independent of the shipped data files
 * so that tests stay sharp when the data grows.
 */
import { createKnowledgeBase, type KnowledgeBase } from '../kb.js';
import type { KbData } from '../kb-types.js';

const file = <E>(entries: E[]) => ({ version: 'test', source: 'test fixture', licence: 'CC0', entries });

export const TINY_KB_DATA: KbData = {
  states: file([
    { id: 'RUS', name: 'Russia', official: 'Russian Federation', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], capitals: ['Moscow'] },
    { id: 'USA', name: 'United States', official: 'United States of America', aliases: ['US', 'U.S.', 'USA', 'America', 'United States of America'], demonyms: ['American', 'Americans'], capitals: ['Washington D.C.', 'Washington'] },
    { id: 'CAN', name: 'Canada', aliases: [], demonyms: ['Canadian'], capitals: ['Ottawa'] },
    { id: 'UKR', name: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'] },
    { id: 'KAZ', name: 'Kazakhstan', aliases: [], demonyms: ['Kazakhstani', 'Kazakh'], capitals: ['Astana'] },
    { id: 'TUR', name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'], capitals: ['Ankara'] },
    { id: 'FRA', name: 'France', aliases: [], demonyms: ['French'], capitals: ['Paris'] },
    { id: 'SUN', name: 'Soviet Union', aliases: ['USSR'], demonyms: ['Soviet'], capitals: [], historical: true },
  ]),
  organisations: file([
    { id: 'Q7184', name: 'North Atlantic Treaty Organization', acronyms: ['NATO'], aliases: ['North Atlantic Alliance'], wikidata: 'Q7184' },
    { id: 'Q81299', name: 'Organization for Security and Co-operation in Europe', acronyms: ['OSCE'], aliases: [], wikidata: 'Q81299' },
    { id: 'Q37470', name: 'United Nations Security Council', acronyms: ['UNSC'], aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council'], wikidata: 'Q37470' },
    { id: 'Q1065', name: 'United Nations', acronyms: ['UN', 'U.N.'], aliases: [], wikidata: 'Q1065' },
    { id: 'Q7188', name: 'World Health Organization', acronyms: ['WHO'], aliases: [], wikidata: 'Q7188' },
  ]),
  nationalOrganisations: file([{ id: 'Q212021', name: 'RT', acronyms: ['RT'], aliases: ['Russia Today'], wikidata: 'Q212021' }]),
  treaties: file([
    { id: 'Q1475024', name: 'Charter for European Security', acronyms: [], aliases: ['Istanbul Charter', 'OSCE Charter for European Security'], year: 1999 },
    { id: 'Q1066917', name: 'Charter of Paris for a New Europe', acronyms: [], aliases: ['Paris Charter'], year: 1990 },
    { id: 'Q11645', name: 'Treaty on the Non-Proliferation of Nuclear Weapons', acronyms: ['NPT'], aliases: ['Non-Proliferation Treaty'], year: 1968 },
  ]),
};

let kb: KnowledgeBase | undefined;
export function tinyKb(): KnowledgeBase {
  kb ??= createKnowledgeBase(TINY_KB_DATA);
  return kb;
}
