/**
 * The transactional outbox. A mail is a row written in the same transaction as the event
 * that causes it (a registration, an answer…), so it exists exactly when the event does.
 * A sender then delivers due rows over SMTP: it claims a batch for a while with a token of
 * its own (another sender leaves claimed rows alone), sends each, and marks it sent — only
 * while the claim is still its own; a failure keeps the row and retries it later with
 * exponential back-off. A mail-server outage therefore delays mail and loses none.
 *
 * Delivery is at least once: a sender that dies (or overruns its claim) between the server
 * accepting a mail and the row being marked leaves the row to be sent again when the claim
 * runs out. So a mail can arrive at most once more per such failure, and each repeat carries
 * the same Message-ID (made from the row), recognisable as the same message. A sender stops
 * claiming when its time budget is spent, well inside its claim.
 */
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Locale } from '../../i18n/locales.ts';
import type { Db, Queryable } from '../db/index.ts';

export interface OutgoingMail {
  /** One mail per cause: a second mail with the same key is not written. */
  dedupeKey: string;
  kind: string;
  appealId?: string | null;
  recipient: string;
  language: Locale;
  subject: string;
  body: string;
  /** Headers besides the usual ones (List-Unsubscribe of district alerts, RFC 8058). */
  headers?: Record<string, string>;
}

/** Writes `mail` in the caller's transaction; false when its key was already written. */
export async function enqueueMail(tx: Queryable, mail: OutgoingMail, at: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO outbox (dedupe_key, kind, appeal_id, recipient, language, subject, body,
       created_at, next_attempt_at, headers)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      mail.dedupeKey,
      mail.kind,
      mail.appealId ?? null,
      mail.recipient,
      mail.language,
      mail.subject,
      mail.body,
      at,
      mail.headers ? JSON.stringify(mail.headers) : null,
    ],
  );
  return rowCount === 1;
}

export interface Envelope {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  language: Locale;
  headers?: Record<string, string> | undefined;
}

export interface MailTransport {
  send(mail: Envelope): Promise<void>;
  close?(): void;
}

/**
 * SMTP through nodemailer; `url` like smtp://user:pass@host:587 or smtps://host:465. A pooled
 * connection: a batch of mail goes over one session instead of one connection per mail.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 2,
    // Short enough that one slow mail cannot carry a run far past its time budget.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 8_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        headers: {
          ...mail.headers,
          'Content-Language': mail.language,
          'Auto-Submitted': 'auto-generated',
        },
      });
    },
    close: () => transporter.close(),
  };
}

/** Errors of the connection to the mail server (nodemailer's codes), not of one message. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH']);
const connectionFailure = (error: unknown) =>
  CONNECTION_CODES.has((error as { code?: string } | null)?.code ?? '');

/** Seconds to wait after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
export const backoffSeconds = (attempts: number) =>
  Math.min(3600, 60 * 2 ** Math.max(0, attempts - 1));

export interface OutboxOptions {
  db: Db;
  /** No transport: mail waits in the outbox (no SMTP server configured). */
  transport: MailTransport | undefined;
  from: string;
  /** The domain of Message-IDs. */
  domain?: string;
  now?: () => Date;
  batchSize?: number;
  /** How long a sender owns the rows it claimed. */
  claimSeconds?: number;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  /** Rows whose claim ran out before they were marked (another sender has them now). */
  lost: number;
}

export interface DeliverOptions {
  /** Claim no new batch after this many milliseconds. */
  budgetMs?: number;
}

export function createOutbox(options: OutboxOptions) {
  const { db, transport, from } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 20;
  const claimSeconds = options.claimSeconds ?? 300;
  const domain = options.domain ?? 'mps.almaty.local';

  interface Row {
    id: string;
    recipient: string;
    language: Locale;
    subject: string;
    body: string;
    attempts: number;
    headers: Record<string, string> | null;
  }

  /** Claims due mail under `token`: each row goes to one sender until its claim runs out. */
  async function claim(at: Date, token: string): Promise<Row[]> {
    const { rows } = await db.query<Row>(
      `UPDATE outbox SET locked_until = $2, attempts = attempts + 1, claim_token = $4
        WHERE id IN (
          SELECT id FROM outbox
           WHERE sent_at IS NULL AND next_attempt_at <= $1
             AND (locked_until IS NULL OR locked_until <= $1)
           ORDER BY next_attempt_at, id
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
        RETURNING id, recipient, language, subject, body, attempts, headers`,
      [at, new Date(at.getTime() + claimSeconds * 1000), batchSize, token],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Gives claimed rows back, due again at `due`, without counting the attempt. */
  async function release(ids: string[], token: string, due: Date) {
    if (!ids.length) return;
    await db.query(
      `UPDATE outbox SET locked_until = NULL, attempts = attempts - 1,
         next_attempt_at = GREATEST(next_attempt_at, $2)
       WHERE id = ANY($1) AND claim_token = $3 AND sent_at IS NULL`,
      [ids, due, token],
    );
  }

  /** Sends what is due; keeps going while whole batches go out and the budget lasts. */
  async function deliver(options: DeliverOptions = {}): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, failed: 0, lost: 0 };
    if (!transport) return report;
    const started = Date.now();
    const budgetMs = Math.min(options.budgetMs ?? Infinity, (claimSeconds * 1000) / 2);
    for (;;) {
      const at = now();
      const token = randomUUID();
      const rows = await claim(at, token);
      for (const [index, row] of rows.entries()) {
        // Out of time: the rest of the batch goes back, unsent and without counting an attempt.
        if (Date.now() - started >= budgetMs) {
          await release(
            rows.slice(index).map((r) => r.id),
            token,
            at,
          );
          return report;
        }
        try {
          await transport.send({
            from,
            to: row.recipient,
            subject: row.subject,
            text: row.body,
            messageId: `<outbox-${row.id}@${domain}>`,
            language: row.language,
            headers: row.headers ?? undefined,
          });
          const marked = await db.query(
            `UPDATE outbox SET sent_at = $2, locked_until = NULL, last_error = NULL
              WHERE id = $1 AND claim_token = $3 AND sent_at IS NULL`,
            [row.id, now(), token],
          );
          if (marked.rowCount === 1) report.sent++;
          else report.lost++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const retryAt = new Date(now().getTime() + backoffSeconds(row.attempts) * 1000);
          await db.query(
            `UPDATE outbox SET locked_until = NULL, last_error = $2, next_attempt_at = $3
              WHERE id = $1 AND claim_token = $4 AND sent_at IS NULL`,
            [row.id, message.slice(0, 1000), retryAt, token],
          );
          report.failed++;
          // The server cannot be reached: the rest of the batch waits as long, without
          // counting an attempt. (A refusal of one address does not hold up the rest.)
          if (connectionFailure(error)) {
            await release(
              rows.slice(index + 1).map((r) => r.id),
              token,
              retryAt,
            );
            return report;
          }
        }
      }
      if (rows.length < batchSize || report.failed > 0) return report;
      if (Date.now() - started >= budgetMs) return report;
    }
  }

  /** Closes the connections to the mail server. */
  const close = () => transport?.close?.();

  return { deliver, close };
}

export type Outbox = ReturnType<typeof createOutbox>;
