/**
 * The knowledge base shipped with core: data files imported as JSON modules (no fs), so bundlers include them and the
 * same KB works in Node and in the browser. Built once, on first use.
 */
import states from '../../data/states.json' with { type: 'json' };
import organisations from '../../data/organisations.json' with { type: 'json' };
import nationalOrganisations from '../../data/national-organisations.json' with { type: 'json' };
import treaties from '../../data/treaties.json' with { type: 'json' };
import nonEntities from '../../data/non-entities.json' with { type: 'json' };
import persons from '../../data/persons.json' with { type: 'json' };
import { createKnowledgeBase, type KnowledgeBase } from './kb.js';
import type { KbData } from './kb-types.js';

let kb: KnowledgeBase | undefined;

export function defaultKnowledgeBase(): KnowledgeBase {
  kb ??= createKnowledgeBase({ states, organisations, nationalOrganisations, treaties, persons, nonEntities } as KbData);
  return kb;
}
