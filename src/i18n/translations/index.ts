import type { Locale } from '../locales.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

type Widen<T> = T extends string ? string : T extends (...args: infer A) => infer R ? (...args: A) => R : { [K in keyof T]: Widen<T[K]> };

/** The shape of the interface text: the Chinese text's keys, with any wording. */
export type UiStrings = Widen<typeof zh>;

const strings: Record<Locale, UiStrings> = { zh, en };

/** The interface text of a language. */
export function ui(locale: Locale): UiStrings {
  return strings[locale];
}
