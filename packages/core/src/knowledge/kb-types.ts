/** The shapes of the knowledge-base data files in packages/core/data (see its README for sources and licences). */
import type { EntityType } from '../types.js';

export interface KbFile<E> {
  version: string;
  source: string;
  licence: string;
  entries: E[];
}

export interface StateRecord {
  id: string;
  name: string;
  official?: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  wikidata?: string;
  historical?: boolean;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  wikidata?: string;
  country?: string;
}

export interface TreatyRecord {
  id: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  wikidata?: string;
  year?: number;
  /** States (ISO codes) party to an instrument whose name others share: the document's states choose among them. */
  parties?: string[];
}

export interface PersonRecord {
  id: string;
  name: string;
  /** Full-name variants: spellings, transliterations, word orders (never a bare surname). */
  aliases: string[];
  wikidata?: string;
  /** The state (an id of states.json) the person served. */
  country?: string;
  roles?: string[];
  from?: number;
  to?: number;
}

/**
 * A name that is none of the four types but is written like one: a deity, a religion or its adherents, an ideology, a
 * disease, a concept or programme, an event, a place that is not a state. It blocks detection on its span.
 */
export interface NonEntityRecord {
  name: string;
  kind: 'deity' | 'religion' | 'adherents' | 'ideology' | 'disease' | 'concept' | 'celestial' | 'place';
}

/** One entity the KB knows, whatever file it came from. */
export interface KbEntry {
  id: string;
  type: EntityType;
  name: string;
  /** Every name it goes by, including `name`, acronyms and official names. */
  names: string[];
  wikidata?: string;
  /** For states. */
  demonyms?: string[];
  capitals?: string[];
  historical?: boolean;
  /** For treaties: the year of signature or adoption, when known. */
  year?: number;
  /** For treaties: the states party to it, when its name is shared with another instrument. */
  parties?: string[];
  /** For national organisations: their state, which chooses among bodies of one name ("National Liberation Front"). */
  country?: string;
}

/** The raw data a knowledge base is built from: the shipped files, or a small fixture in tests. */
export interface KbData {
  states: KbFile<StateRecord>;
  organisations: KbFile<OrganisationRecord>;
  nationalOrganisations?: KbFile<OrganisationRecord>;
  treaties: KbFile<TreatyRecord>;
  /** People who recur in international affairs (persons.json). */
  persons?: KbFile<PersonRecord>;
  /** Names that are no entities (see NonEntityRecord); they block like regions do. */
  nonEntities?: { version: string; source: string; licence: string; entries: NonEntityRecord[] };
}
