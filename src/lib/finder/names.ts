/**
 * Other names of a street: the names it had before (Almaty's residents still say "Ленина" for
 * пр. Достык) and other spellings in use. The finder matches them as it matches current names
 * and answers with both: "пр. Достык (бывш. пр. Ленина)".
 */
import type { UiKey } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';

export const OTHER_NAME_KINDS = ['former', 'spelling'] as const;
export type OtherNameKind = (typeof OTHER_NAME_KINDS)[number];

/** A name written in some of the languages. */
export type SomeLanguages = { [L in Locale]?: string | undefined };

/** How a current name is shown with another one, by kind: "{street} (бывш. {other})". */
export const OTHER_NAME_MESSAGES = {
  former: 'streets.formerly',
  spelling: 'streets.alsoWritten',
} as const satisfies Record<OtherNameKind, UiKey>;

/** The name in `lang`, or, where it has none there, in the first language that has it. */
export function nameIn(name: SomeLanguages, lang: Locale): string {
  return name[lang] ?? LOCALES.map((l) => name[l]).find(Boolean) ?? '';
}

/** Fills a UI message: `t` of the pages, or the finder script's own from its messages. */
export type Say = (key: UiKey, values: Record<string, string>) => string;

/**
 * A street's current name with other names beside it, each kind in its own words: "пр. Достык
 * (бывш. пр. Ленина)". Used by the street lists and by the finder's answer (with the one name
 * the resident typed).
 */
export function withOtherNames(
  say: Say,
  street: string,
  others: readonly { name: string; kind: OtherNameKind }[],
): string {
  let label = street;
  for (const kind of OTHER_NAME_KINDS) {
    const names = others.filter((o) => o.kind === kind).map((o) => o.name);
    if (names.length)
      label = say(OTHER_NAME_MESSAGES[kind], { street: label, other: names.join(', ') });
  }
  return label;
}

/** A street range's name in `lang` with all its other names: "пр. Достык (бывш. пр. Ленина)". */
export function streetLabel(
  range: {
    name: Record<Locale, string>;
    otherNames?: readonly { name: SomeLanguages; kind: OtherNameKind }[] | undefined;
  },
  lang: Locale,
  say: Say,
): string {
  const others = (range.otherNames ?? []).map((o) => ({
    name: nameIn(o.name, lang),
    kind: o.kind,
  }));
  return withOtherNames(say, range.name[lang], others);
}
