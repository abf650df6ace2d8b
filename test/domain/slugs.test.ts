import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../src/domain/slugs';
import { slugSchema } from '../../src/schemas/common';

describe('a slug from a name', () => {
  it.each([
    ['Kafé Ørnen', 'kafe-ornen'],
    ['Bæreposen på Åsen', 'baereposen-pa-asen'],
    ['ÆRØ', 'aero'],
    ['Straße 5', 'strasse-5'],
    ['Łódź – Świętokrzyska', 'lodz-swietokrzyska'],
    ['Zażółć gęślą jaźń', 'zazolc-gesla-jazn'],
    ['Київ', 'kyiv'],
    ['Щасливе Життя', 'shchaslyve-zhyttia'],
    ['Ґанок і Їжа', 'ganok-i-izha'],
    ['Пётр Ильич', 'petr-ylych'],
    ['  --Hello,   World!!--  ', 'hello-world'],
    ['Søndagskafé nr. 2', 'sondagskafe-nr-2'],
  ])('writes %s as %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('leaves out letters it cannot write in Latin, keeping the rest', () => {
    expect(slugify('مقهى Oslo')).toBe('oslo');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('مقهى')).toBe('item');
    expect(slugify('', 'sted')).toBe('sted');
    expect(slugify('!!!', 'Nytt sted')).toBe('nytt-sted');
  });

  it('is at most 50 characters and never ends in a dash', () => {
    const slug = slugify('Det store og svært lange navnet på et sted langt borte i fjellheimen');
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug).not.toMatch(/-$/);
  });

  it.each(['Kafé Ørnen', 'مقهى', 'x', `${'a'.repeat(49)} b`, 'Київ '.repeat(20), '1'])('always passes the API slug check: %s', (name) => {
    expect(slugSchema.safeParse(slugify(name)).success).toBe(true);
  });
});

describe('a slug nobody has yet', () => {
  it('is the base when it is free', () => {
    expect(uniqueSlug('kafe-ornen', new Set())).toBe('kafe-ornen');
  });

  it('counts on from -2 while taken', () => {
    expect(uniqueSlug('kafe-ornen', new Set(['kafe-ornen']))).toBe('kafe-ornen-2');
    expect(uniqueSlug('kafe-ornen', new Set(['kafe-ornen', 'kafe-ornen-2', 'kafe-ornen-3']))).toBe('kafe-ornen-4');
    expect(uniqueSlug('kafe-ornen', (slug) => slug !== 'kafe-ornen-5' && slug.startsWith('kafe'))).toBe('kafe-ornen-5');
  });

  it('shortens a long base so the number fits in 50 characters', () => {
    const base = slugify(`${'a'.repeat(48)} bc`);
    const slug = uniqueSlug(base, new Set([base]));
    expect(slug).toMatch(/-2$/);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('gives up with 409 duplicate_slug rather than trying for ever', () => {
    expect(() => uniqueSlug('x', () => true)).toThrow(expect.objectContaining({ status: 409, code: 'duplicate_slug' }));
  });
});
