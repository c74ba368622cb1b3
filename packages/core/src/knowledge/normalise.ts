/**
 * Normal forms for matching names: case, accents, apostrophes, dashes and spacing are forgiven, so "Cote d’Ivoire",
 * "Côte d'Ivoire" and "COTE D'IVOIRE" meet. Slugs make stable ids from labels.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
/** Zero-width characters and soft hyphens: invisible, so no part of a name ("La\u200bvrov" is "Lavrov"). */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** The lookup key of a name: lowercase, no accents, ASCII apostrophes and hyphens, single spaces. */
export function normaliseName(name: string): string {
  return name
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A kebab-case slug of a label, for ids of entities the KB does not know: "Sergey Lavrov" → "sergey-lavrov". */
export function slugify(label: string): string {
  return normaliseName(label)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Acronym-like surface forms must match case exactly ("WHO" the organisation, not "who"). */
export function isAcronymLike(name: string): boolean {
  const letters = name.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 8 && letters === letters.toUpperCase() && !/\s/.test(name.trim());
}

/** The first token of a normalised name, as wink would cut it ("u.s." stays whole, "people's" → "people"). */
export function firstToken(key: string): string {
  const m = /^[a-z0-9]+(?:\.[a-z0-9]+)*\.?/.exec(key);
  return m ? m[0] : key.slice(0, 1);
}
