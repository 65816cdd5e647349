/**
 * Finds what looks like personal data in a text that is about to be published: phone and
 * other long numbers, e-mail addresses, and names (the applicant's own name, and words shaped
 * like Kazakh or Russian surnames and initials). It only warns: staff decide, and a police
 * phone line such as 102 is too short to be flagged.
 */
export type FindingKind = 'phone' | 'email' | 'name';

export interface Finding {
  kind: FindingKind;
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Seven or more digits, with the separators people put between them. */
const NUMBER = /\+?\d(?:[\s().-]{0,3}\d){6,}/g;
const UPPER = 'A-ZА-ЯЁӘҒҚҢӨҰҮҺІ';
const LOWER = 'a-zа-яёәғқңөұүһі';
/** Ивановa, Сейткалиев, Жумабекова, Нурланұлы, Айгерімқызы, Petrov, Kassymov… */
const SURNAME = new RegExp(
  `(?<![${UPPER}${LOWER}])[${UPPER}][${LOWER}]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|ко|ук|юк|ұлы|улы|қызы|кызы|ov|ev|ova|eva|in|ina|uly|kyzy)(?![${UPPER}${LOWER}])`,
  'gu',
);
/** А. Б. Иванов, Иванов А.Б. */
const INITIALS = new RegExp(
  `(?:[${UPPER}]\\.\\s?){1,2}[${UPPER}][${LOWER}]+|[${UPPER}][${LOWER}]+\\s(?:[${UPPER}]\\.\\s?){1,2}`,
  'gu',
);

const WORD = new RegExp(`[${UPPER}${LOWER}]{3,}`, 'gu');

/** Words of a name worth looking for (three letters or more), lower-cased. */
const nameWords = (name: string) => (name.match(WORD) ?? []).map((w) => w.toLowerCase());

export function findPersonalData(text: string, knownNames: readonly string[] = []): Finding[] {
  const found = new Map<string, Finding>();
  const add = (kind: FindingKind, match: string) => {
    const key = `${kind}:${match.trim().toLowerCase()}`;
    if (!found.has(key)) found.set(key, { kind, text: match.trim() });
  };
  for (const m of text.matchAll(EMAIL)) add('email', m[0]);
  const withoutEmails = text.replace(EMAIL, ' ');
  for (const m of withoutEmails.matchAll(NUMBER)) add('phone', m[0]);
  const words = new Set(knownNames.flatMap(nameWords));
  for (const m of text.matchAll(WORD)) if (words.has(m[0].toLowerCase())) add('name', m[0]);
  for (const m of text.matchAll(INITIALS)) add('name', m[0]);
  for (const m of text.matchAll(SURNAME)) add('name', m[0]);
  return [...found.values()];
}
