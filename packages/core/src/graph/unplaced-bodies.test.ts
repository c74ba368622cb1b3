import { describe, expect, it } from 'vitest';
import { endsOnUnnamedState, isUnplacedMinistry } from './unplaced-bodies.js';
import { createKnowledgeBase } from '../knowledge/kb.js';
import { TINY_KB_DATA } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = createKnowledgeBase(TINY_KB_DATA);

describe('#isUnplacedMinistry', () => {
  it('withholds a ministry or department no state or body places, and keeps those placed', () => {
    expect(isUnplacedMinistry('Ministry of Commerce', kb)).toBe(true);
    expect(isUnplacedMinistry('Department of Agriculture', kb)).toBe(true);
    expect(isUnplacedMinistry('Ministry for Foreign Affairs of the USSR', kb)).toBe(false);
    expect(isUnplacedMinistry('Ministry of Foreign Affairs of Ukraine', kb)).toBe(false);
    expect(isUnplacedMinistry('Canadian Department of Trade', kb)).toBe(false);
    expect(isUnplacedMinistry('Department of Peacekeeping Operations of the United Nations', kb)).toBe(false);
    expect(isUnplacedMinistry('Ministry', kb)).toBe(false);
    // A national institution is every state's too; a party, a front or a placed institution is not.
    expect(isUnplacedMinistry('National Electoral Commission', kb)).toBe(true);
    expect(isUnplacedMinistry('National HIV Reference Laboratory', kb)).toBe(true);
    expect(isUnplacedMinistry('National Institute of Investments', kb)).toBe(true);
    expect(isUnplacedMinistry('National Liberation Front', kb)).toBe(false);
    expect(isUnplacedMinistry('National Human Rights Commission of Ukraine', kb)).toBe(false);
    expect(isUnplacedMinistry('National Sonatrach Corporation', kb)).toBe(false);
  });
});

describe('#endsOnUnnamedState', () => {
  it('takes a name ending on an unnamed republic, union or states for unplaced', () => {
    for (const l of ['Senate of the Republic', "Government of the People's Republic", 'Political Consultative Committee of the States', 'Basic Statute of the Republic']) expect(endsOnUnnamedState(l)).toBe(true);
    for (const l of ['Coalition for the Defence of the Republic', 'Government of the United States', 'League of the Arab States', 'Parliament of the Republic of Korea', 'Organization of American States']) expect(endsOnUnnamedState(l)).toBe(false);
  });
});
