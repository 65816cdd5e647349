/**
 * The quick exit ("Exit this page", docs/quick-exit.md): which pages offer it, and the rule of
 * its keyboard shortcut, Shift pressed on its own 3 times with at most 5 seconds between two
 * presses. Pure, so the browser's script (src/scripts/quick-exit.ts) and the unit test run the
 * same rule; the script only feeds it key events and the time.
 */

/** The national helpline for victims of domestic violence (docs/domain.md, "Numbers"). */
export const DOMESTIC_VIOLENCE_HELPLINE = '150';

/** Does a list of phone numbers include the domestic-violence helpline? Then its page offers the quick exit. */
export const listsDomesticViolenceHelpline = (entries: readonly { number: string }[]): boolean =>
  entries.some((e) => e.number.replace(/\D/g, '') === DOMESTIC_VIOLENCE_HELPLINE);

/** Presses of Shift that leave the page. */
export const QUICK_EXIT_PRESSES = 3;
/** Longest pause between two presses, in milliseconds; a longer one starts the count again. */
export const QUICK_EXIT_PAUSE_MS = 5000;

/** Where the count stands. */
export interface ShiftCount {
  /** Presses counted so far (0 to QUICK_EXIT_PRESSES - 1). */
  readonly presses: number;
  /** When the last one was counted (ms, any clock that only goes forward). */
  readonly lastAt: number;
  /** The last key released was released while Shift was held (Shift used as a modifier). */
  readonly modified: boolean;
}

export const NO_PRESSES: ShiftCount = { presses: 0, lastAt: 0, modified: false };

/** What a released key means: nothing, one more press, the count given up, or leave now. */
export type ShiftOutcome = 'none' | 'counted' | 'cancelled' | 'exit';

/** A released key, as a `keyup` event gives it. */
export interface ReleasedKey {
  readonly key: string;
  readonly shiftKey: boolean;
}

/**
 * The next count after a key is released at `now`. Only Shift pressed by itself counts: typing
 * a capital letter releases the letter with `shiftKey` set, and the Shift released after it is
 * not counted. Any other key stops a count under way. A press more than QUICK_EXIT_PAUSE_MS
 * after the previous one is the first of a new count.
 */
export function countShift(
  state: ShiftCount,
  released: ReleasedKey,
  now: number,
): { state: ShiftCount; outcome: ShiftOutcome } {
  const modified = released.shiftKey;
  if (released.key === 'Shift' && !state.modified) {
    const running = state.presses > 0 && now - state.lastAt <= QUICK_EXIT_PAUSE_MS;
    const presses = running ? state.presses + 1 : 1;
    if (presses >= QUICK_EXIT_PRESSES) return { state: NO_PRESSES, outcome: 'exit' };
    return { state: { presses, lastAt: now, modified }, outcome: 'counted' };
  }
  if (state.presses > 0) return { state: { ...NO_PRESSES, modified }, outcome: 'cancelled' };
  return { state: { ...state, modified }, outcome: 'none' };
}
