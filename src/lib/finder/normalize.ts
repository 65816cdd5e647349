/**
 * Addresses as residents type them, reduced to comparable keys. Russian, Kazakh and Latin
 * spellings of one street meet in one Latin "skeleton": Kazakh letters fold to their Russian
 * neighbours (қ→к, ұ→у, ә→а…), Cyrillic is transliterated, spellings that differ between
 * transliteration systems are merged (y/i, kh/h, zh/j…), and the type words of every language
 * (ул., көшесі, ave, мкр, шағын ауданы…) are dropped:
 *
 *   «пр. Абая», «проспект Абая», «Абай даңғылы», «Abay ave» → "abai" / "abaia"
 *
 * The remaining differences (Russian genitive endings, typos) are left to the fuzzy match.
 */

const KAZAKH: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * Type words, after transliteration (so one list serves all three languages): ул., улица,
 * көшесі, пр., проспект, даңғылы, мкр, микрорайон, шағын ауданы, переулок, бульвар… and the
 * English ones. Also house words (д., дом, үй), which precede numbers.
 */
const TYPE_WORDS = new Set([
  'ul',
  'ulitsa',
  'ulitca',
  'ulica',
  'street',
  'st',
  'str',
  'kosh',
  'koshesi',
  'koshe',
  'pr',
  'prt',
  'pr-t',
  'prosp',
  'prospekt',
  'prospect',
  'avenue',
  'ave',
  'av',
  'dang',
  'dangg',
  'danggyly',
  'dangyly',
  'mkr',
  'mkrn',
  'mikroraion',
  'mikrorajon',
  'microdistrict',
  'md',
  'shagyn',
  'audany',
  'audan',
  'sha',
  'yqsham',
  'yksham',
  'per',
  'pereulok',
  'lane',
  'ln',
  'tupik',
  'bulv',
  'bulvar',
  'boulevard',
  'blvd',
  'b-r',
  'shosse',
  'highway',
  'pl',
  'ploshad',
  'square',
  'sq',
  'alleia',
  'road',
  'rd',
  'g',
  'gorod',
  'almaty',
  'almaty,',
  'kala',
  'kalasy',
  'city',
]);

/** Rows of `distance`, kept between calls (grown when a longer name comes). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance with transpositions (optimal string alignment) between `a` and the first `n`
 * letters of `b` (all of it by default), giving up above `max` (returns max + 1). Only the
 * band of cells within `max` of the diagonal is computed: a path that leaves it costs more.
 */
export function distance(a: string, b: string, max: number, n = b.length): number {
  const m = a.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (n === b.length && a === b) return 0;
  const over = max + 1;
  if (n + 2 > rows[0]!.length) rows = rows.map(() => new Int32Array(2 * (n + 2)));
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= m; i++) {
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    row[lo - 1] = lo === 1 && i <= max ? i : over;
    let best = row[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && before === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      if (v > over) v = over;
      row[j] = v;
      if (v < best) best = v;
    }
    if (hi < n) row[hi + 1] = over;
    if (best > max) return over;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return prev[n]!;
}

/** Long type words, also recognised with one typo ("прспект", "koshsi"). */
const LONG_TYPE_WORDS = [...TYPE_WORDS].filter((w) => w.length >= 7);
const isTypeWord = (w: string) =>
  TYPE_WORDS.has(w) || (w.length >= 6 && LONG_TYPE_WORDS.some((t) => distance(w, t, 1) <= 1));

/** Kazakh letters folded to their Russian neighbours, keeping case: «Қарағайлы» → «Карагайлы». */
export function kazakhToRussian(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const folded = KAZAKH[lower];
    out += folded === undefined ? ch : ch === lower ? folded : folded.toUpperCase();
  }
  return out;
}

/** Lower case, Kazakh letters folded, Cyrillic transliterated; digits and letters kept. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const folded = KAZAKH[ch] ?? ch;
    out += CYRILLIC[folded] ?? folded;
  }
  return out;
}

/** Spellings that differ only between transliteration systems, merged. */
function skeleton(word: string): string {
  return (
    word
      .replace(/kh/g, 'h')
      .replace(/zh|dzh/g, 'j')
      // sh before ts: a typo "тш" (tsh) must stay near "таш" (tash), not turn into "ч" (c).
      .replace(/sh/g, 'w')
      .replace(/ts/g, 'c')
      .replace(/ch/g, 'c')
      .replace(/[yj](?=[aeiou])/g, (m) => (m === 'j' ? 'j' : 'i'))
      .replace(/y/g, 'i')
      .replace(/q/g, 'k')
      .replace(/x/g, 'ks')
      .replace(/w(?=w)/g, '')
      .replace(/(.)\1+/g, '$1')
  );
}

/** The words of a street name, without punctuation and type words. */
export function streetWords(name: string): string[] {
  return transliterate(name)
    .replace(/[«»"'`’().,;:!?№#]/g, ' ')
    .split(/[\s]+/)
    .flatMap((w) => w.split(/(?<=[a-z])-(?=[a-z])/))
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w !== '' && !isTypeWord(w));
}

/** The key of a street name: its words' skeletons, joined. "Самал-2" → "samal-2". */
export function streetKey(name: string): string {
  return streetWords(name)
    .map((w) => skeleton(w))
    .join(' ');
}

/** The kind of a street named with its type word, or '' when the name has none. */
export type StreetType = 'st' | 'ave' | 'mkr' | '';
const TYPE_OF: Record<string, StreetType> = {
  ul: 'st',
  ulitsa: 'st',
  ulica: 'st',
  street: 'st',
  st: 'st',
  str: 'st',
  kosh: 'st',
  koshesi: 'st',
  pr: 'ave',
  prosp: 'ave',
  prospekt: 'ave',
  prospect: 'ave',
  avenue: 'ave',
  ave: 'ave',
  dang: 'ave',
  dangyly: 'ave',
  danggyly: 'ave',
  mkr: 'mkr',
  mkrn: 'mkr',
  mikroraion: 'mkr',
  microdistrict: 'mkr',
  shagyn: 'mkr',
  md: 'mkr',
};

export function streetType(name: string): StreetType {
  for (const word of transliterate(name).split(/[\s.,]+/)) {
    const type = TYPE_OF[word];
    if (type) return type;
  }
  return '';
}
