/**
 * The quick exit's rules (src/lib/quick-exit.ts): Shift pressed on its own three times with at
 * most 5 s between presses leaves; Shift used to type a capital, another key or a long pause
 * does not; which pages offer it; and the neutral page of site.yaml, checked by its model.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  countShift,
  listsDomesticViolenceHelpline,
  NO_PRESSES,
  QUICK_EXIT_PAUSE_MS,
  type ReleasedKey,
  type ShiftCount,
  type ShiftOutcome,
} from '../../src/lib/quick-exit.ts';
import { contactsSchema, QUICK_EXIT_DEFAULT, siteSchema } from '../../src/models/settings.ts';

const SHIFT: ReleasedKey = { key: 'Shift', shiftKey: false };
const key = (k: string, shiftKey = false): ReleasedKey => ({ key: k, shiftKey });

/** Releases keys at the given times (ms); the outcome of each. */
function run(keys: readonly [ReleasedKey, number][], start: ShiftCount = NO_PRESSES) {
  let state = start;
  const outcomes: ShiftOutcome[] = [];
  for (const [released, at] of keys) {
    const next = countShift(state, released, at);
    state = next.state;
    outcomes.push(next.outcome);
  }
  return { outcomes, state };
}

describe('the Shift shortcut', () => {
  it('leaves on the third press of Shift alone, and starts again after it', () => {
    const { outcomes, state } = run([
      [SHIFT, 1000],
      [SHIFT, 1400],
      [SHIFT, 1800],
    ]);
    expect(outcomes).toEqual(['counted', 'counted', 'exit']);
    expect(state).toEqual(NO_PRESSES);
  });

  it('counts the presses', () => {
    expect(run([[SHIFT, 10]]).state.presses).toBe(1);
    expect(
      run([
        [SHIFT, 10],
        [SHIFT, 20],
      ]).state.presses,
    ).toBe(2);
  });

  it('allows up to 5 s between two presses, and starts a new count after a longer pause', () => {
    const justInTime = run([
      [SHIFT, 0],
      [SHIFT, QUICK_EXIT_PAUSE_MS],
      [SHIFT, 2 * QUICK_EXIT_PAUSE_MS],
    ]);
    expect(justInTime.outcomes).toEqual(['counted', 'counted', 'exit']);
    const late = run([
      [SHIFT, 0],
      [SHIFT, 1000],
      [SHIFT, 1001 + QUICK_EXIT_PAUSE_MS],
    ]);
    expect(late.outcomes).toEqual(['counted', 'counted', 'counted']);
    expect(late.state.presses).toBe(1);
    // …and that new count leaves after two more presses.
    expect(
      run(
        [
          [SHIFT, 7000],
          [SHIFT, 8000],
        ],
        late.state,
      ).outcomes,
    ).toEqual(['counted', 'exit']);
  });

  it('does not count Shift used to type a capital letter', () => {
    // Shift held, "A" released (with shiftKey), then Shift released: three capitals in a row.
    const capitals = run([
      [key('A', true), 0],
      [SHIFT, 50],
      [key('B', true), 100],
      [SHIFT, 150],
      [key('C', true), 200],
      [SHIFT, 250],
    ]);
    expect(capitals.outcomes).not.toContain('exit');
    expect(capitals.outcomes).not.toContain('counted');
  });

  it('gives up a count when another key is released', () => {
    const { outcomes, state } = run([
      [SHIFT, 0],
      [SHIFT, 100],
      [key('a'), 200],
      [SHIFT, 300],
    ]);
    expect(outcomes).toEqual(['counted', 'counted', 'cancelled', 'counted']);
    expect(state.presses).toBe(1);
  });

  it('ignores other keys when nothing is being counted', () => {
    expect(
      run([
        [key('Tab'), 0],
        [key('Enter'), 10],
      ]).outcomes,
    ).toEqual(['none', 'none']);
  });
});

describe('pages that offer the quick exit', () => {
  it('are those that list the domestic-violence helpline, however it is written', () => {
    expect(listsDomesticViolenceHelpline([{ number: '1414' }, { number: '150' }])).toBe(true);
    expect(listsDomesticViolenceHelpline([{ number: ' 150 ' }])).toBe(true);
    expect(listsDomesticViolenceHelpline([{ number: '1414' }, { number: '1150' }])).toBe(false);
    expect(listsDomesticViolenceHelpline([])).toBe(false);
  });

  it('include the contacts page: the helplines of contacts.yaml list 150', () => {
    const contacts = contactsSchema.parse(
      parse(readFileSync('content/settings/contacts.yaml', 'utf8')),
    );
    expect(listsDomesticViolenceHelpline(contacts.helplines)).toBe(true);
  });
});

describe('the neutral page (site.yaml quickExit)', () => {
  const problems = (quickExit: unknown) => {
    const result = siteSchema.safeParse({ quickExit });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('is the one site.yaml names, an https address of a neutral site', () => {
    const site = siteSchema.parse(parse(readFileSync('content/settings/site.yaml', 'utf8')));
    expect(site.quickExit).toMatch(/^https:\/\//);
    expect(problems(site.quickExit)).toEqual([]);
  });

  it('has a default when site.yaml names none', () => {
    expect(siteSchema.parse({}).quickExit).toBe(QUICK_EXIT_DEFAULT);
    expect(problems(QUICK_EXIT_DEFAULT)).toEqual([]);
  });

  it('refuses an address that is not https', () => {
    expect(problems('http://weather.example.kz/')).toEqual([
      'The address must start with https://',
    ]);
    expect(problems('weather')[0]).toBe('Write a full address starting with https://');
  });

  it('refuses a police or government site, which would tell an onlooker what was read', () => {
    const refused =
      'Choose a neutral site (a weather forecast, a news site), not a police or government one.';
    for (const url of [
      'https://police.kz/',
      'https://www.gov.kz/memleket/entities/qriim',
      'https://qamqor.gov.kz/',
      'https://politsiya.example.kz/',
    ])
      expect(problems(url), url).toEqual([refused]);
    expect(problems('https://weather.example.kz/almaty')).toEqual([]);
  });
});
