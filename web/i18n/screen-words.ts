import { arScreen } from './ar-screen';
import type { Lang } from './catalogue';
import { enScreen } from './en-screen';
import { nbScreen } from './nb-screen';
import { plScreen } from './pl-screen';
import { ukScreen } from './uk-screen';

export type ScreenWords = typeof nbScreen;

/** The door screen's words in every client language (a language missing here is a type error). */
export const screenWords: Record<Lang, ScreenWords> = { nb: nbScreen, en: enScreen, pl: plScreen, uk: ukScreen, ar: arScreen };
