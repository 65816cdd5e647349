/**
 * The appeal lifecycle (src/lib/appeal-lifecycle.ts), row by row: each action from each
 * status, each role, each limit just inside and just outside, with the content's calendar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPEAL_STATUSES, type AppealStatus } from '../../src/lib/appeal.ts';
import {
  actionsFor,
  DESK_ACTIONS,
  extendUntil,
  forwardBy,
  isRefusal,
  LIFECYCLE,
  LIMITS,
  mayTake,
  planAction,
  PUBLISH_TIMEOUT_MS,
  type AppealChange,
  type AppealFacts,
  type DeskAction,
  type DeskActionType,
  type Refusal,
} from '../../src/lib/appeal-lifecycle.ts';
import { lifecycleMarkdown, rolesMarkdown } from '../../src/lib/appeal-lifecycle-docs.ts';
import { STAFF_ROLES, type StaffRole } from '../../src/lib/staff-roles.ts';
import { loadCalendar } from '../../src/server/calendar.ts';

const calendar = loadCalendar();
/** A Friday before Nauryz: the next working days are 26, 27 and 30 March. */
const REGISTERED = '2026-03-20';
/** An instant inside `day` in Almaty. */
const on = (day: string, time = '06:00:00') => new Date(`${day}T${time}Z`);
const NOW = on(REGISTERED);

const appeal = (facts: Partial<AppealFacts> = {}): AppealFacts => ({
  status: 'registered',
  area: null,
  registeredOn: REGISTERED,
  deadline: calendar.deadline(REGISTERED),
  applicantName: 'Айгерим Сапарова',
  publishConsent: true,
  published: false,
  publishStartedAt: null,
  publishFailed: false,
  ...facts,
});

/** A text of `n` characters: short lower-case words (no personal data), no space at either end. */
const chars = (n: number) =>
  n < 2
    ? 'а'.repeat(n)
    : `а${Array.from({ length: n - 2 }, (_, i) => (i % 6 === 5 ? ' ' : 'а')).join('')}а`;
const VALID: { [T in DeskActionType]: Extract<DeskAction, { type: T }> } = {
  take: { type: 'take' },
  forward: { type: 'forward', to: 'Департамент полиции Алматинской области' },
  reassign: { type: 'reassign', area: 'almaly-08' },
  extend: { type: 'extend', deadline: '2026-05-05', reason: 'Нужна проверка на месте.' },
  answer: { type: 'answer', text: 'Проверка проведена, нарушения устранены.' },
  reject: { type: 'reject', reason: 'spam', note: 'Реклама, не обращение.' },
  publish: {
    type: 'publish',
    question: 'Когда отремонтируют светофор на перекрёстке?',
    answer: 'Светофор отремонтирован, работает в обычном режиме.',
    acknowledge: false,
  },
  restore: { type: 'restore' },
};

const plan = (facts: Partial<AppealFacts>, action: DeskAction, now = NOW) =>
  planAction(appeal(facts), action, { calendar, now });
const errorsOf = (result: AppealChange | Refusal) => (isRefusal(result) ? result.errors : {});
const changed = (result: AppealChange | Refusal): AppealChange => {
  if (isRefusal(result)) throw new Error(`Refused: ${JSON.stringify(result.errors)}`);
  return result;
};

/** The law and the roles as this test states them, to compare the table with. */
const EXPECTED: Record<
  DeskActionType,
  { from: AppealStatus[]; to: AppealStatus | 'unchanged'; roles: StaffRole[]; event: string }
> = {
  take: {
    from: ['registered'],
    to: 'in-progress',
    roles: ['moderator', 'chief', 'admin', 'inspector'],
    event: 'taken',
  },
  reassign: {
    from: ['registered', 'in-progress', 'extended'],
    to: 'unchanged',
    roles: ['moderator', 'chief', 'admin'],
    event: 'reassigned',
  },
  forward: {
    from: ['registered', 'in-progress'],
    to: 'forwarded',
    roles: ['moderator', 'admin'],
    event: 'forwarded',
  },
  extend: {
    from: ['registered', 'in-progress', 'extended'],
    to: 'extended',
    roles: ['chief', 'admin'],
    event: 'extended',
  },
  answer: {
    from: ['registered', 'in-progress', 'extended'],
    to: 'answered',
    roles: ['chief', 'admin', 'inspector'],
    event: 'answered',
  },
  reject: {
    from: ['registered', 'in-progress', 'extended'],
    to: 'rejected',
    roles: ['moderator', 'chief', 'admin'],
    event: 'rejected-spam',
  },
  publish: { from: ['answered'], to: 'answered', roles: ['chief', 'admin'], event: 'published' },
  restore: {
    from: ['rejected'],
    to: 'registered',
    roles: ['moderator', 'chief', 'admin'],
    event: 'restored',
  },
};

describe('the lifecycle table', () => {
  it('has a row for every action the desk knows, and no other', () => {
    expect([...DESK_ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of DESK_ACTIONS) {
    const expected = EXPECTED[action];
    for (const status of APPEAL_STATUSES) {
      const allowed = expected.from.includes(status);
      it(`${allowed ? 'allows' : 'refuses'} ${action} from ${status}`, () => {
        const result = plan({ status }, VALID[action]);
        if (!allowed) expect(result).toEqual({ errors: { form: 'staff.error.state' } });
        else
          expect(changed(result)).toMatchObject({
            status: expected.to === 'unchanged' ? status : expected.to,
            event: expected.event,
          });
      });
    }

    for (const role of STAFF_ROLES) {
      const allowed = expected.roles.includes(role);
      it(`${allowed ? 'lets' : 'does not let'} a ${role} ${action}`, () => {
        expect(mayTake([role], action)).toBe(allowed);
        for (const status of expected.from)
          expect(actionsFor({ status, published: false }, [role]).includes(action)).toBe(allowed);
      });
    }
  }

  it('refuses publishing an answer already published, and offers it no more', () => {
    expect(plan({ status: 'answered', published: true }, VALID.publish)).toEqual({
      errors: { form: 'staff.error.state' },
    });
    expect(actionsFor({ status: 'answered', published: true }, ['admin'])).toEqual([]);
  });

  it('offers a user with no role nothing, and an admin every action that fits', () => {
    for (const status of APPEAL_STATUSES) {
      expect(actionsFor({ status, published: false }, [])).toEqual([]);
      expect(actionsFor({ status, published: false }, ['admin'])).toEqual(
        DESK_ACTIONS.filter((a) => EXPECTED[a].from.includes(status)),
      );
    }
  });
});

describe('what each action changes and mails', () => {
  it('forwards with the body as the note and tells the applicant the day', () => {
    expect(changed(plan({}, { type: 'forward', to: '  Акимат  ' }))).toEqual({
      status: 'forwarded',
      event: 'forwarded',
      note: 'Акимат',
      set: { forwardedTo: 'Акимат' },
      mail: { kind: 'forwarded', to: 'Акимат', on: REGISTERED },
    });
  });

  it('extends to the new deadline with the reason, and mails both', () => {
    expect(changed(plan({}, VALID.extend))).toEqual({
      status: 'extended',
      event: 'extended',
      note: VALID.extend.reason,
      set: { deadline: '2026-05-05' },
      mail: { kind: 'extended', deadline: '2026-05-05', reason: VALID.extend.reason },
    });
  });

  it('answers with the cleaned text, the time, and the answer by mail', () => {
    const text = 'Проверка\r\nпроведена, нарушения устранены.';
    expect(changed(plan({ status: 'extended' }, { type: 'answer', text }))).toEqual({
      status: 'answered',
      event: 'answered',
      note: null,
      set: { answer: 'Проверка\nпроведена, нарушения устранены.', answeredAt: NOW },
      mail: { kind: 'answered', answer: 'Проверка\nпроведена, нарушения устранены.' },
    });
  });

  it('rejects with the reason in the event, without mail; restores without the reason', () => {
    expect(changed(plan({}, { ...VALID.reject, reason: 'abusive' }))).toEqual({
      status: 'rejected',
      event: 'rejected-abusive',
      note: VALID.reject.note,
      set: { rejectedReason: 'abusive' },
    });
    expect(changed(plan({ status: 'rejected' }, VALID.restore))).toEqual({
      status: 'registered',
      event: 'restored',
      note: null,
      set: { rejectedReason: null },
    });
  });

  it('reassigns to another area, or back to the chief, keeping the status, without mail', () => {
    expect(changed(plan({ status: 'in-progress', area: 'almaly-07' }, VALID.reassign))).toEqual({
      status: 'in-progress',
      event: 'reassigned',
      note: 'almaly-07 → almaly-08',
      set: { area: 'almaly-08' },
    });
    // An appeal to the chief moved to an area, typed loosely; and an area's back to the chief.
    expect(
      changed(plan({ status: 'extended' }, { type: 'reassign', area: '  Almaly-08 ' })),
    ).toMatchObject({ status: 'extended', note: '— → almaly-08', set: { area: 'almaly-08' } });
    expect(changed(plan({ area: 'almaly-07' }, { type: 'reassign', area: '' }))).toMatchObject({
      status: 'registered',
      note: 'almaly-07 → —',
      set: { area: null },
    });
  });

  it('refuses an area that is not an area id, or the one the appeal has', () => {
    const reassign = (area: string, current: string | null = 'almaly-07') =>
      errorsOf(plan({ area: current }, { type: 'reassign', area }));
    for (const bad of [
      'almaly',
      'almaly-7',
      'almaly-00',
      'Алмалы-07',
      'almaly 07',
      '../x-01',
      'x'.repeat(80),
    ])
      expect(reassign(bad), bad).toEqual({ area: 'staff.error.area' });
    expect(reassign('almaly-07')).toEqual({ area: 'staff.error.sameArea' });
    expect(reassign('', null)).toEqual({ area: 'staff.error.sameArea' });
    expect(reassign('almaly-07', null)).toEqual({});
    expect(reassign('bostandyk-112')).toEqual({});
  });

  it('publishes the cleaned texts, the status unchanged', () => {
    expect(changed(plan({ status: 'answered' }, VALID.publish))).toEqual({
      status: 'answered',
      event: 'published',
      note: null,
      set: {},
      publish: { question: VALID.publish.question, answer: VALID.publish.answer },
    });
  });

  it('names the mail each row sends in the table', () => {
    for (const action of DESK_ACTIONS) {
      const status = EXPECTED[action].from[0]!;
      expect(changed(plan({ status }, VALID[action])).mail?.kind ?? null, action).toBe(
        LIFECYCLE[action].mail,
      );
    }
  });
});

describe('the limits', () => {
  const lengths: [DeskActionType, string, readonly [number, number], string][] = [
    ['forward', 'to', LIMITS.forwardTo, 'staff.error.forwardTo'],
    ['extend', 'reason', LIMITS.reason, 'staff.error.reason'],
    ['answer', 'text', LIMITS.answer, 'staff.error.answer'],
    ['reject', 'note', LIMITS.reason, 'staff.error.reason'],
    ['publish', 'question', LIMITS.question, 'staff.error.question'],
    ['publish', 'answer', LIMITS.answer, 'staff.error.answer'],
  ];
  for (const [action, field, [min, max], error] of lengths)
    it(`${action}: ${field} of ${min}–${max} characters, counted after trimming`, () => {
      const status = EXPECTED[action].from[0]!;
      const send = (value: string) =>
        errorsOf(plan({ status }, { ...VALID[action], [field]: value } as DeskAction));
      expect(send(chars(min))).toEqual({});
      expect(send(chars(max))).toEqual({});
      expect(send(`  ${chars(min - 1)}  `)).toEqual({ [field]: error });
      expect(send(chars(max + 1))).toEqual({ [field]: error });
    });

  it('forwards within 3 working days of registration, counted with the holidays', () => {
    expect(forwardBy(REGISTERED, calendar)).toBe('2026-03-30');
    expect(errorsOf(plan({}, VALID.forward, on('2026-03-27')))).toEqual({});
    expect(errorsOf(plan({}, VALID.forward, on('2026-03-30')))).toEqual({});
    expect(errorsOf(plan({}, VALID.forward, on('2026-03-31')))).toEqual({
      form: 'staff.error.forwardLate',
    });
    // Late is said before a wrong body.
    expect(errorsOf(plan({}, { type: 'forward', to: '' }, on('2026-03-31')))).toEqual({
      form: 'staff.error.forwardLate',
    });
  });

  it('extends to a later day, at most 2 months after registration', () => {
    const deadline = appeal().deadline;
    const extend = (day: string, reason = VALID.extend.reason) =>
      errorsOf(plan({}, { type: 'extend', deadline: day, reason }));
    expect(extendUntil(REGISTERED)).toBe('2026-05-20');
    expect(extend(extendUntil(REGISTERED))).toEqual({});
    expect(extend(calendar.addWorkingDays(deadline, 1))).toEqual({});
    expect(extend('2026-05-21')).toEqual({ deadline: 'staff.error.extendLimit' });
    expect(extend(deadline)).toEqual({ deadline: 'staff.error.extendEarlier' });
    expect(extend('2026-04-31')).toEqual({ deadline: 'staff.error.date' });
    expect(extend('5 May')).toEqual({ deadline: 'staff.error.date' });
    expect(extend('2026-04-31', 'short')).toEqual({
      deadline: 'staff.error.date',
      reason: 'staff.error.reason',
    });
  });

  it('rejects as spam or abuse only, each error next to its field', () => {
    expect(errorsOf(plan({}, { type: 'reject', reason: 'rude', note: '' }))).toEqual({
      reason: 'staff.error.rejectReason',
      note: 'staff.error.reason',
    });
  });

  it('publishes only with consent, and not while another push may still run', () => {
    const answered = { status: 'answered' as const };
    expect(errorsOf(plan({ ...answered, publishConsent: false }, VALID.publish))).toEqual({
      form: 'staff.error.noConsent',
    });
    const started = (msAgo: number, publishFailed = false) =>
      errorsOf(
        plan(
          { ...answered, publishStartedAt: new Date(NOW.getTime() - msAgo), publishFailed },
          VALID.publish,
        ),
      );
    expect(started(2 * PUBLISH_TIMEOUT_MS - 1)).toEqual({ form: 'staff.error.publishing' });
    expect(started(2 * PUBLISH_TIMEOUT_MS)).toEqual({});
    expect(started(1, true)).toEqual({});
  });

  it('publishes personal data only when the chief acknowledges it', () => {
    const answer = 'Позвоните Сапаровой по номеру 8 (701) 234-56-78 по этому вопросу.';
    const result = plan({ status: 'answered' }, { ...VALID.publish, answer });
    expect(errorsOf(result)).toEqual({ form: 'staff.error.personalData' });
    expect(isRefusal(result) && result.findings).toEqual(
      expect.arrayContaining([{ kind: 'phone', text: '8 (701) 234-56-78' }]),
    );
    expect(
      errorsOf(plan({ status: 'answered' }, { ...VALID.publish, answer, acknowledge: true })),
    ).toEqual({});
  });

  it('refuses a control character next to its field, before anything else', () => {
    expect(errorsOf(plan({ status: 'rejected' }, { ...VALID.answer, text: 'a\u0000b' }))).toEqual({
      text: 'staff.error.characters',
    });
    expect(errorsOf(plan({}, { ...VALID.reject, note: 'x\u0007', reason: '\u0001' }))).toEqual({
      note: 'staff.error.characters',
      reason: 'staff.error.characters',
    });
  });
});

describe('docs/staff.md', () => {
  const doc = readFileSync('docs/staff.md', 'utf8');
  const between = (name: string) =>
    new RegExp(`<!-- ${name}:start -->\\n+([\\s\\S]*?)\\n+<!-- ${name}:end -->`).exec(doc)?.[1];

  it('shows the lifecycle table as the module writes it', () => {
    expect(between('lifecycle')).toBe(lifecycleMarkdown());
  });

  it('shows the roles as the module writes them', () => {
    expect(between('roles')).toBe(rolesMarkdown());
  });
});
