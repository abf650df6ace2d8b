import { en } from './en';
import { nb } from './nb';

/** The shape every language gives: Norwegian's, so a key missing elsewhere is a type error. */
export type Catalogue = typeof nb;

/** Every language the pages speak, the default first. A new language is one file and one line here. */
export const catalogues = { nb, en } satisfies Record<string, Catalogue>;

export type Lang = keyof typeof catalogues;
export const defaultLang: Lang = 'nb';
export const langs = Object.keys(catalogues) as Lang[];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(catalogues, value);
}
