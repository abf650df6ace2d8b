import { ar } from './ar';
import { en } from './en';
import { nb } from './nb';
import { pl } from './pl';
import { uk } from './uk';

/** The staff pages' shape: Norwegian's, so a key missing in English is a type error. */
export type Catalogue = typeof nb;

/**
 * What a client reads: the home and code form, the ticket and membership pages and the text on
 * their slips, the bike schedule and poster, the activities and the error pages. A client-only
 * language gives exactly this; the staff pages stay in Norwegian and English (staffCatalogues).
 */
export type ClientCatalogue = Pick<Catalogue, 'lang' | 'dir' | 'languageName' | 'languages' | 'appName' | 'dates' | 'skipToContent' | 'home' | 'ticket' | 'status' | 'notice' | 'delivery'> & {
  errors: Omit<Catalogue['errors'], 'byCode'>;
  /** The words printed on a ticket slip (the sheet's own buttons are staff text). */
  print: Pick<Catalogue['print'], 'pickupTime' | 'slipCode' | 'qrLabel' | 'back'>;
  outreach: Pick<Catalogue['outreach'], 'offers' | 'bike' | 'activities' | 'membership' | 'slip'>;
};

/** Every language the client pages speak, the default first. A new one is one file and one line here. */
export const clientCatalogues = { nb, en, pl, uk, ar } satisfies Record<string, ClientCatalogue>;
/** The languages of the staff and admin pages. */
export const staffCatalogues = { nb, en } satisfies Record<string, Catalogue>;

export type Lang = keyof typeof clientCatalogues;
export type StaffLang = keyof typeof staffCatalogues;
export const defaultLang: Lang = 'nb';
export const langs = Object.keys(clientCatalogues) as Lang[];
export const staffLangs = Object.keys(staffCatalogues) as StaffLang[];
/** The API's ticket notices speak every client language. */
export const catalogues: Record<Lang, ClientCatalogue> = clientCatalogues;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(clientCatalogues, value);
}

export function isStaffLang(value: unknown): value is StaffLang {
  return typeof value === 'string' && Object.hasOwn(staffCatalogues, value);
}
