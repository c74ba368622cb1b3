/**
 * Word lists the detectors use as cues. These are general English news conventions (titles before names, heads of
 * organisation and treaty names, speech verbs), not lists of entities.
 */

/** Titles and roles that precede a person's name, lowercased, longest first when matched. Not part of the name. */
export const PERSON_TITLES: readonly string[] = [
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'deputy prime minister',
  'first deputy prime minister', 'foreign minister', 'deputy foreign minister', 'defence minister', 'defense minister',
  'finance minister', 'interior minister', 'justice minister', 'economy minister', 'trade minister', 'energy minister',
  'health minister', 'minister', 'deputy minister', 'secretary of state', 'secretary-general', 'secretary general',
  'under-secretary-general', 'deputy secretary-general', 'foreign secretary', 'home secretary', 'defence secretary',
  'defense secretary', 'secretary', 'chancellor', 'vice chancellor', 'king', 'queen', 'prince', 'princess', 'crown prince',
  'emperor', 'empress', 'sheikh', 'sheik', 'emir', 'amir', 'sultan', 'pope', 'ambassador', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'general', 'gen.', 'lt. gen.',
  'maj. gen.', 'brig. gen.', 'lieutenant general', 'major general', 'brigadier general', 'admiral', 'adm.', 'colonel',
  'col.', 'lieutenant colonel', 'lt. col.', 'captain', 'capt.', 'commander', 'marshal', 'field marshal', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'vice chairman', 'director', 'director-general', 'director general', 'spokesman',
  'spokeswoman', 'spokesperson', 'press secretary', 'judge', 'justice', 'chief justice', 'dr.', 'dr', 'mr.', 'mr', 'mrs.',
  'mrs', 'ms.', 'ms', 'mme', 'sir', 'lord', 'lady', 'dame', 'his excellency', 'her excellency', 'h.e.', 'speaker',
  'premier', 'commissioner', 'high commissioner', 'high representative', 'envoy', 'special envoy', 'special representative',
  'special rapporteur', 'archbishop', 'cardinal', 'bishop', 'rabbi', 'imam', 'ayatollah', 'grand ayatollah', 'attorney general',
  'foreign affairs minister', 'leader', 'opposition leader', 'chief executive', 'ceo', 'chief', 'head',
  'minister of foreign affairs', 'minister for foreign affairs', 'minister of defence', 'minister of defense',
  'state councilor', 'state councillor', 'vice premier', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'professor', 'prof.',
  'president of the republic', 'his majesty', 'her majesty', 'his holiness',
];

/** Last words of organisation names: a capitalised run ending in (or headed by) one of these names an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'council', 'ministry', 'commission', 'agency', 'fund', 'bank', 'party', 'assembly', 'court', 'committee',
  'organization', 'organisation', 'union', 'association', 'institute', 'department', 'office', 'bureau', 'authority',
  'service', 'services', 'front', 'movement', 'army', 'forces', 'navy', 'parliament', 'congress', 'senate', 'duma',
  'cabinet', 'secretariat', 'tribunal', 'board', 'corporation', 'company', 'university', 'foundation', 'alliance',
  'league', 'coalition', 'programme', 'program', 'mission', 'centre', 'center', 'network', 'society', 'community',
  'forum', 'police', 'guard', 'brigade', 'brigades', 'battalion', 'group', 'federation', 'confederation',
  'commonwealth', 'directorate', 'command', 'academy', 'parliamentary', 'legislature', 'knesset', 'rada', 'majlis',
  'bundestag', 'inc.', 'ltd', 'ltd.', 'plc', 'corp.', 'co.', 'observatory', 'watch', 'initiative', 'panel',
]);

/** Heads of treaty names. */
export const TREATY_HEADS: ReadonlySet<string> = new Set([
  'treaty', 'treaties', 'charter', 'convention', 'agreement', 'agreements', 'accord', 'accords', 'protocol', 'pact',
  'statute', 'declaration', 'memorandum', 'covenant', 'armistice', 'concordat', 'communique', 'communiqué', 'entente',
  'covenants', 'conventions', 'protocols', 'declarations', 'charters', 'pacts',
]);

/** Verbs of saying: a name right before or after one is a person ("Lavrov said", "said Lavrov"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'explained', 'argued', 'stated', 'noted', 'stressed', 'insisted', 'warned', 'claimed',
  'wrote', 'announced', 'declared', 'asked', 'urged', 'replied', 'tweeted', 'recalled', 'emphasized', 'emphasised',
  'suggested', 'acknowledged', 'admitted', 'confirmed', 'denied', 'remarked', 'commented',
]);

/**
 * Nouns that, after a demonym or a state's name, make the state an actor: "Russian officials", "the Ukrainian army".
 * Bodies among them are also organisations of that state (see national-bodies.ts).
 */
export const STATE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'government', 'authorities', 'officials', 'official', 'leadership', 'delegation', 'diplomats', 'diplomat', 'troops',
  'forces', 'military', 'side', 'leader', 'leaders', 'president', 'counterpart', 'counterparts', 'envoy', 'ambassador',
  'embassy', 'regime', 'administration', 'navy', 'army', 'parliament', 'ministry', 'minister', 'prime', 'foreign',
  'defence', 'defense', 'lawmakers', 'negotiators', 'soldiers', 'people', 'nation', 'state', 'republic',
]);

/** Nouns after a capital that make it its state's government: "the Pretoria Government", "the Hanoi regime". */
export const GOVERNING_NOUNS: ReadonlySet<string> = new Set(['government', 'regime', 'régime', 'authorities', 'administration', 'junta', 'leadership']);

/** Capitalised words that are never names of these entity types on their own. */
export const NON_ENTITY_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'we', 'he', 'she', 'they', 'it', 'the',
  'a', 'an', 'this', 'that', 'these', 'those', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'excellency', 'excellencies',
  'god', 'allah', 'today', 'yesterday', 'tomorrow', 'summary', 'update', 'breaking', 'news', 'photo',
  'video', 'read', 'more', 'via', 'source', 'sources', 'however', 'meanwhile', 'also', 'but', 'and', 'or', 'in', 'on',
  'at', 'as', 'if', 'when', 'while', 'after', 'before', 'despite', 'what', 'who', 'why', 'how', 'there', 'here', 'our',
  'their', 'his', 'her', 'its', 'my', 'your', 'member', 'members', 'states', 'nations', 'government', 'governments',
  'internet', 'covid-19', 'covid', 'christmas', 'easter', 'ramadan',
]);


/** Forms of address and honorifics: with titles, a span made of these alone addresses someone, it names no one. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'honourable', 'honorable', 'madam', 'madame', 'mister', 'sir', 'sirs', 'excellency', 'excellencies', 'distinguished',
  'dear', 'brother', 'brothers', 'sister', 'sisters', 'father', 'mother', 'comrade', 'comrades', 'colleague', 'colleagues',
  'friend', 'friends', 'almighty', 'holy', 'saint', 'lord', 'lady', 'ladies', 'gentlemen', 'delegate', 'delegates',
  'executive', 'deputy', 'acting', 'former', 'late', 'outgoing', 'incoming', 'elect', 'chair', 'presidency', 'royal',
  'highness', 'majesty', 'holiness', 'eminence', 'his', 'her', 'your', 'their', 'our', 'my', 'signor', 'signora',
  'señor', 'senor', 'señora', 'senora', 'senhor', 'senhora', 'monsieur', 'herr', 'frau', 'sri', 'shri', 'shrimati',
  'smt', 'datuk', 'dato', 'mzee', 'ustad', 'effendi',
]);

/** Storms are named like people: "Hurricane Irma", "Cyclone Idai". */
export const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'hurricanes', 'cyclone', 'cyclones', 'typhoon', 'typhoons', 'storm', 'tropical', 'superstorm']);

/**
 * Plural nouns for groups of states or people: "States Members of the United Nations", "Heads of State", "the Great
 * Powers", "Foreign Ministers" are groups, not organisations.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'states', 'members', 'heads', 'ministers', 'powers', 'countries', 'nations', 'peoples', 'leaders', 'governments',
  'delegations', 'representatives', 'parties', 'signatories', 'participants', 'donors', 'partners', 'allies',
  'neighbours', 'neighbors', 'presidents', 'chiefs', 'envoys', 'observers', 'contributors', 'sponsors', 'territories',
]);

/**
 * Heads of names of events, programmes, periods and goals: "Millennium Summit", "Cold War", "Development Decade",
 * "New International Economic Order", "Programme of Action". They are no organisations.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'summit', 'conference', 'conferences', 'war', 'wars', 'decade', 'goal', 'goals', 'order', 'strategy', 'agenda', 'year',
  'era', 'round', 'crisis', 'revolution', 'process', 'report', 'session', 'sessions', 'meeting', 'meetings', 'debate',
  'dialogue', 'consensus', 'development', 'rights', 'environment', 'economy', 'security', 'cooperation', 'co-operation',
  'assistance', 'relations', 'affairs', 'action', 'plan', 'framework', 'targets', 'target', 'day', 'week', 'games',
  'olympics', 'cup', 'talks', 'negotiations', 'settlement', 'resolution', 'resolutions', 'law', 'system', 'peace',
  'reform', 'reforms', 'vision', 'declaration', 'initiative', 'partnership', 'consultations', 'symposium',
  'constitution', 'constitutions', 'commodities',
]);

/** Modifiers that leave a head generic: "Working Group", "Special Committee", "First Committee", "Federal Government". */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  'special', 'working', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'main', 'national', 'ad', 'hoc',
  'preparatory', 'executive', 'joint', 'standing', 'general', 'federal', 'provisional', 'interim', 'transitional', 'new',
  'high-level', 'high', 'level', 'central', 'plenary', 'technical', 'advisory', 'international', 'regional', 'permanent',
  'select', 'supreme', 'political', 'final', 'optional', 'framework', 'peace', 'armistice', 'additional', 'basic',
  'principles', 'comprehensive', 'ceasefire', 'cease-fire', 'bilateral', 'multilateral', 'universal', 'solemn', 'present',
  'relevant', 'said', 'above', 'latter', 'former', 'whole', 'entire', 'organization', 'organisation', 'independence',
  'royal', 'imperial', 'constituent', 'support', 'memorandum', 'understanding', 'arrangement', 'arrangements', 'exchange', 'letters', 'notes', 'communique', 'communiqué',
  'constitutional', 'declaration', 'charter', 'treaty', 'convention', 'agreement', 'protocol', 'accord', 'accords', 'pact',
  'statute', 'covenant', 'agreements', 'treaties', 'conventions', 'protocols', 'state', 'states', 'government', 'court', 'council', 'assembly', 'committee', 'commission', 'members', 'parties', 'party', 'group', 'fund',
  'administration', 'secretariat', 'office', 'ministry', 'department', 'authority', 'authorities',
]);

/** Heads of place names: "Suez Canal", "Malvinas Islands", "Walvis Bay", "Golan Heights". */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'canal', 'islands', 'island', 'isles', 'bay', 'sea', 'ocean', 'river', 'strait', 'straits', 'gulf', 'peninsula',
  'valley', 'desert', 'lake', 'lakes', 'mountains', 'mountain', 'heights', 'strip', 'coast', 'basin', 'region', 'zone',
  'corridor', 'plateau', 'delta', 'highlands', 'archipelago', 'earth', 'hemisphere', 'places', 'city', 'province',
  'headquarters', 'building', 'hall', 'square', 'street', 'airport', 'port', 'bridge', 'district', 'village',
  'camp', 'islanders', 'highlanders',
]);

export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
]);

/** What a state calls itself: "the Kingdom of Swaziland", "the People's Republic of Angola" name the state. */
export const STATE_FORMS = /^(?:the\s+)?(?:(?:united|democratic|federal|federative|islamic|people'?s|popular|socialist|arab|sovereign|independent|plurinational|bolivarian|cooperative|co-operative|oriental|hashemite|grand|libyan|great|soviet)\s+)*(?:republic|kingdom|state|union|federation|emirates?|sultanate|principality|duchy|commonwealth|confederation|jamahiriya)\s+of\s+(?:the\s+)?(.+)$/i;

/** A state's style with no name after it: "People's Republic", "the Kingdom" (normalised words joined by spaces). */
export const STATE_STYLE_ONLY = /^(?:(?:united|democratic|federal|federative|islamic|people|'s|popular|socialist|arab|sovereign|independent|plurinational|bolivarian|soviet|great|grand)\s+)*(?:republic|kingdom|state|union|federation|emirates?|sultanate|principality|duchy|commonwealth|confederation|jamahiriya)$/;
