import { DomainError } from './errors';

/** The longest slug the API accepts (slugSchema in src/schemas/common.ts). */
const MAX_SLUG_LENGTH = 50;

// Letters NFKD does not take apart into a Latin letter and marks. Norwegian as Norwegians write
// it in addresses (æ→ae, ø→o, å→a); Cyrillic after the Ukrainian national system (КМУ 2010),
// with the Russian-only letters added.
const LETTERS: Record<string, string> = {
  æ: 'ae', ø: 'o', å: 'a', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e',
  ё: 'e', ъ: '', ў: 'u',
};

function trimmed(slug: string, length: number): string {
  return slug.slice(0, length).replace(/^-+|-+$/g, '');
}

/**
 * A slug for a name: lower case a-z, 0-9 and single dashes, at most MAX_SLUG_LENGTH long.
 * Letters are written in Latin ("Kafé Ørnen" → "kafe-ornen", "Київ" → "kyiv"); letters with no
 * Latin spelling here (Arabic, Chinese…) are left out, and a name left with nothing gives `fallback`.
 */
export function slugify(name: string, fallback = 'item'): string {
  const latin = [...name.toLowerCase()].map((c) => LETTERS[c] ?? c).join('');
  const slug = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  return trimmed(slug, MAX_SLUG_LENGTH) || trimmed(slugify(fallback === name ? 'item' : fallback), MAX_SLUG_LENGTH);
}

const MAX_TRIES = 1_000;

/**
 * `base` if it is free, else `base-2`, `base-3`… (shortened so the suffix fits), the first that
 * `taken` does not hold. 409 `duplicate_slug` after MAX_TRIES: a name that common needs a person.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string> | ((slug: string) => boolean)): string {
  const isTaken = typeof taken === 'function' ? taken : (slug: string) => taken.has(slug);
  if (!isTaken(base)) return base;
  for (let n = 2; n <= MAX_TRIES; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimmed(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
  throw new DomainError(409, 'duplicate_slug', `No free slug like "${base}": choose one.`);
}
