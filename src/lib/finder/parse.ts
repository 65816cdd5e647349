/**
 * Splits what a resident typed into a street and a house: "пр. Абая 12А", "Abay ave, 12/1",
 * "Абай даңғылы 5 корп. 2", "мкр Самал-2, д. 58, кв. 14", "abaya 10".
 *
 * The house is the last number group that is not an apartment (кв., пәтер, apt, flat, office);
 * what comes before it is the street. A number glued to the street by a hyphen (Самал-2,
 * Aksai-4) belongs to the street.
 */
import { transliterate } from './normalize.ts';

export interface House {
  /** The number the ranges of the areas count (12 of 12А, 12/1 and 12 корп. 2). */
  number: number;
  /** A letter after the number: 12А → "a". */
  letter?: string;
  /** The part after a slash: 12/1 → 1. */
  fraction?: number;
  /** A block (корпус, блок, block): 5 корп. 2 → "2". */
  block?: string;
}

export interface ParsedAddress {
  /** The street as typed (trimmed), without the house and apartment. */
  street: string;
  house?: House;
}

/** Apartment and office markers, transliterated: what follows them is not the house. */
const APARTMENT =
  /(?:^|[\s,])(kv|kvartira|p[a]?ter|pater|apt|apartment|flat|of|ofis|office|kense)\.?\s*\d+\S*/g;
/** House markers before a number: д., дом, үй, house, No, №. */
const HOUSE_WORD = /(?:^|[\s,])(d|dom|ui|uy|house|h|no|nr)\.?\s*(?=\d)/g;
const BLOCK = /^(?:korpus|korp|block|blok|bl|b|k)\.?\s*(\d+[a-z]?)/;

/**
 * The house part, e.g. "12а", "12 а", "12/1", "5 корп. 2", "5к2", "5 block 2", read from the
 * transliterated tail of the input.
 */
function readHouse(tail: string): House | undefined {
  const m = /^(\d{1,5})\s*(?:([a-z])(?![a-z\d]))?\s*(?:\/\s*(\d{1,4}))?\s*(.*)$/.exec(tail.trim());
  if (!m) return undefined;
  const house: House = { number: Number(m[1]) };
  if (house.number < 1) return undefined;
  if (m[2]) house.letter = m[2];
  if (m[3]) house.fraction = Number(m[3]);
  const block = BLOCK.exec(m[4]!.replace(/^[\s,]+/, ''));
  if (block) house.block = block[1]!;
  return house;
}

export function parseAddress(input: string): ParsedAddress {
  const original = input.replace(/\s+/g, ' ').trim();
  // Work on the transliterated text (one character in, several out), then cut the original
  // at the same word: both have the same words in the same order.
  const text = transliterate(original).replace(APARTMENT, ' ').replace(HOUSE_WORD, ' ');
  // The last number that starts a word and is not glued to the street with a hyphen.
  const numbers = [
    ...text.matchAll(
      /(?<![\w-])\d{1,5}(?:\s*[a-z](?![a-z\d]))?(?:\s*\/\s*\d+)?(?:\s*(?:korpus|korp|blok|block|bl|k)\.?\s*\d+[a-z]?)?/g,
    ),
  ];
  const last = numbers.at(-1);
  if (!last || last.index === undefined) return { street: original.replace(/[\s,]+$/, '') };
  const house = readHouse(text.slice(last.index));
  if (!house) return { street: original };
  // The street: the words of the original before the house's position in the text.
  const wordsBefore = text.slice(0, last.index).trim().split(/\s+/).filter(Boolean).length;
  const originalWords = original
    .replace(/(^|[\s,])(кв|квартира|пәтер|apt|flat|office)\.?\s*\d+\S*/giu, ' ')
    .replace(/(^|[\s,])(д|дом|үй|house|No|№)\.?\s*(?=\d)/giu, ' ')
    .trim()
    .split(/\s+/);
  const street = originalWords
    .slice(0, wordsBefore)
    .join(' ')
    .replace(/[\s,]+$/, '');
  return { street, house };
}

/** Words around a corner's two streets: "угол", "на углу", "corner of", "қиылысы"… */
const CORNER_BEFORE =
  /^(?:на\s+углу|угол|уг\.|пересечение|перекр[её]сток|the\s+corner\s+of|corner\s+of|corner|intersection\s+of|crossing\s+of)\s+(?:улиц\s+)?/iu;
const CORNER_AFTER = /\s+(?:(?:көшелерінің|көшелері)\s+)?(?:қиылысы|бұрышы)$/iu;
/** Between the two streets: и, мен, және, and, &, угол; a slash; a dash with spaces, or – —. */
const CORNER_BETWEEN = /\s+(?:и|мен|менен|және|and|&|угол|уг\.)\s+|\s*\/\s*|\s*[–—]\s*|\s+-\s+/iu;

/**
 * The two streets of a corner typed as "Абая и Байтурсынова", "угол Абая и Байтурсынова",
 * "Абая/Байтурсынова", "Абая – Байтурсынова", "Абай мен Байтұрсынұлы қиылысы", "corner of Abay
 * and Baitursynuly"; undefined when the input is not a corner (one street, or a house number on
 * a side: "Абая 12/1" is a house).
 */
export function parseCorner(input: string): [string, string] | undefined {
  const text = input
    .replace(/\s+/g, ' ')
    .trim()
    .replace(CORNER_BEFORE, '')
    .replace(CORNER_AFTER, '');
  const sides = text.split(CORNER_BETWEEN).map((s) => s.trim());
  if (sides.length !== 2) return undefined;
  const [a, b] = sides as [string, string];
  const isStreet = (side: string) => /\p{L}{2}/u.test(side) && !parseAddress(side).house;
  return isStreet(a) && isStreet(b) ? [a, b] : undefined;
}
