/**
 * An appeal's history: one event per change, with who made it, and the mail that tells the
 * applicant, written into the outbox in the same transaction (sent once it commits). Used by
 * registration and restoring (service.ts) and by the desk's actions (staff/actions.ts).
 */
import type { AppealStatus } from '../../lib/appeal.ts';
import type { ApplicantEvent } from '../../lib/appeal-lifecycle.ts';
import type { Queryable } from '../db/index.ts';
import { applicantMail, type MailAppeal } from '../mail/messages.ts';
import { enqueueMail } from '../mail/outbox.ts';

/** Who made a change: a staff member's account (by e-mail, else id) or the system. */
export type Actor = 'system' | { id: string; email: string; name: string };

export interface NewEvent {
  appealId: string;
  type: string;
  status: AppealStatus;
  actor: Actor;
  note?: string | null;
  at: Date;
}

/** The applicant's mail about an event, if they are to get one. */
export interface EventMail {
  appeal: MailAppeal;
  event: ApplicantEvent;
  /** Where links in the mail point (the public site). */
  siteUrl: string;
}

/** Records `event` in the caller's transaction and queues its mail; the event's id. */
export async function recordEvent(
  tx: Queryable,
  event: NewEvent,
  mail?: EventMail,
): Promise<string> {
  const { actor } = event;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO appeal_events (appeal_id, type, status, actor, actor_name, note, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      event.appealId,
      event.type,
      event.status,
      actor === 'system' ? 'system' : actor.email || actor.id,
      actor === 'system' ? null : actor.name,
      event.note ?? null,
      event.at,
    ],
  );
  const id = rows[0]!.id;
  if (mail) {
    const outgoing = applicantMail(mail.appeal, mail.event, id, mail.siteUrl);
    if (outgoing) await enqueueMail(tx, outgoing, event.at);
  }
  return id;
}
