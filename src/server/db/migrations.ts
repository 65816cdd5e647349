/**
 * The database schema, as numbered migrations applied in order, each once, in one
 * transaction under an advisory lock (so two starting processes do not race). A migration
 * that is out is never edited: a change is a new migration, written so that no row is lost.
 */
import type { Db } from './index.ts';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'appeals',
    sql: `
      -- Registration numbers: one counter per year, taken in the registering transaction, so
      -- numbers increase, are unique and are never given twice.
      CREATE TABLE appeal_counters (
        year integer PRIMARY KEY,
        last_number integer NOT NULL
      );

      CREATE TABLE appeals (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        number text NOT NULL UNIQUE,
        year integer NOT NULL,
        seq integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('question', 'complaint', 'proposal')),
        topic text NOT NULL,
        district text,
        body text NOT NULL,
        applicant_name text NOT NULL,
        email text,
        phone text,
        answer_language text NOT NULL CHECK (answer_language IN ('kk', 'ru', 'en')),
        page_language text NOT NULL CHECK (page_language IN ('kk', 'ru', 'en')),
        publish_consent boolean NOT NULL,
        status text NOT NULL,
        -- scrypt$<salt>$<hash>: the access code itself is never stored.
        access_code_hash text NOT NULL,
        received_at timestamptz NOT NULL,
        registered_on date NOT NULL,
        deadline date NOT NULL,
        -- The calendar did not list the holidays of every year the deadline spans.
        deadline_provisional boolean NOT NULL DEFAULT false,
        answer text,
        UNIQUE (year, seq),
        CHECK (email IS NOT NULL OR phone IS NOT NULL)
      );
      CREATE INDEX appeals_status_deadline ON appeals (status, deadline);

      -- The audit trail: every status change, the first one too.
      CREATE TABLE appeal_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        appeal_id bigint NOT NULL REFERENCES appeals (id),
        type text NOT NULL,
        status text NOT NULL,
        actor text NOT NULL,
        note text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX appeal_events_appeal ON appeal_events (appeal_id, id);

      -- A client's key for one submission: a repeated submit gets the same appeal.
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        appeal_id bigint NOT NULL REFERENCES appeals (id),
        created_at timestamptz NOT NULL
      );

      -- Submissions judged automatic (honeypot filled, sent too fast): kept apart, never
      -- answered, never shown.
      CREATE TABLE spam_submissions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reason text NOT NULL,
        body jsonb NOT NULL,
        client_hash text NOT NULL,
        received_at timestamptz NOT NULL
      );

      -- Submissions per client and hour; the client is a salted hash of its address.
      CREATE TABLE rate_limits (
        client_hash text NOT NULL,
        window_start timestamptz NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (client_hash, window_start)
      );
    `,
  },
  {
    id: 2,
    name: 'staff desk and outbox',
    sql: `
      -- What the desk records about the handling of an appeal.
      ALTER TABLE appeals
        ADD COLUMN answered_at timestamptz,
        ADD COLUMN forwarded_to text,
        ADD COLUMN rejected_reason text,
        ADD COLUMN published_at timestamptz,
        ADD COLUMN published_path text;
      -- The name of the staff member beside the account id, as it was when they acted.
      ALTER TABLE appeal_events ADD COLUMN actor_name text;

      -- The transactional outbox: a mail is written in the transaction that causes it and
      -- sent afterwards, so an outage of the mail server delays mail and loses none.
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- One mail per cause: a repeated cause (a retried digest) does not send twice.
        dedupe_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        appeal_id bigint REFERENCES appeals (id),
        recipient text NOT NULL,
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        -- A sender that claimed the mail; another sender leaves it alone until then.
        locked_until timestamptz,
        last_error text,
        sent_at timestamptz
      );
      CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
    `,
  },
  {
    id: 3,
    name: 'hardening: bound replay keys, claims, publishing after commit',
    sql: `
      -- Idempotency keys are kept hashed (with the server's salt), bound to a hash of the
      -- appeal they registered, and for 24 hours. The keys of migration 1 were stored as
      -- sent and bound to nothing; they are worth nothing after a day and are not carried over.
      DROP TABLE idempotency_keys;
      CREATE TABLE submission_keys (
        key_hash text PRIMARY KEY,
        body_hash text NOT NULL,
        appeal_id bigint NOT NULL REFERENCES appeals (id),
        created_at timestamptz NOT NULL
      );
      CREATE INDEX submission_keys_created ON submission_keys (created_at);
      CREATE INDEX spam_submissions_received ON spam_submissions (received_at);

      -- A sender's claim on outbox rows: only the claim's owner marks them sent or failed.
      ALTER TABLE outbox ADD COLUMN claim_token text;
      CREATE INDEX outbox_recipient ON outbox (lower(recipient), kind, created_at);

      -- Publishing is marked, committed, pushed to the git host, then recorded: the text to
      -- publish waits here while the push runs, and a failed push stays retryable.
      ALTER TABLE appeals
        ADD COLUMN publish_question text,
        ADD COLUMN publish_answer text,
        ADD COLUMN publish_started_at timestamptz,
        ADD COLUMN publish_error text;
    `,
  },
  {
    id: 4,
    name: 'appeals to inspectors: area, point, photos; was the answer helpful',
    sql: `
      -- An appeal to an area's inspector names the area ("almaly-07"); an appeal to the chief
      -- names none. Staff may move it to another area (an event records who and from where).
      -- The point the resident marked, if any, in WGS 84.
      ALTER TABLE appeals
        ADD COLUMN area text,
        ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        ADD COLUMN helpful boolean,
        ADD COLUMN helpful_at timestamptz,
        ADD CONSTRAINT appeals_point CHECK ((latitude IS NULL) = (longitude IS NULL));
      CREATE INDEX appeals_area ON appeals (area, status) WHERE area IS NOT NULL;

      -- Photos sent with an appeal, re-encoded by the server (no metadata, no GPS) and kept
      -- with the appeal in the operator's database; only staff see them.
      CREATE TABLE appeal_photos (
        appeal_id bigint NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 1 AND 3),
        content_type text NOT NULL CHECK (content_type = 'image/jpeg'),
        width integer NOT NULL,
        height integer NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (appeal_id, position)
      );
    `,
  },
  {
    id: 5,
    name: 'district alerts by e-mail: subscriptions, items seen, mail headers',
    sql: `
      -- A resident's subscription to the news and meetings of districts (docs/alerts.md). The
      -- address is kept only while subscribed: leaving deletes the row, and an unconfirmed
      -- one is deleted when its confirmation expires. Until it is confirmed, districts is
      -- empty and nothing is sent; a change asked for later waits in pending_* until the
      -- link of its mail is used. Links carry secrets; the table keeps only:
      --   confirm_hash: an HMAC (server's salt) of the confirmation link's random token;
      --   unsubscribe_key: half of the leaving link, the other half being its HMAC.
      CREATE TABLE alert_subscriptions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        districts text[] NOT NULL DEFAULT '{}',
        unsubscribe_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        confirmed_at timestamptz,
        pending_districts text[],
        pending_language text CHECK (pending_language IN ('kk', 'ru', 'en')),
        confirm_hash text UNIQUE,
        confirm_expires_at timestamptz,
        CHECK ((confirm_hash IS NULL) = (confirm_expires_at IS NULL)),
        CHECK (confirmed_at IS NOT NULL OR confirm_hash IS NOT NULL)
      );
      CREATE UNIQUE INDEX alert_subscriptions_email ON alert_subscriptions (lower(email));
      CREATE INDEX alert_subscriptions_expiry ON alert_subscriptions (confirm_expires_at)
        WHERE confirm_hash IS NOT NULL;

      -- The feed's items the scheduled function has seen (news:<key>, meeting:<area>:<id>):
      -- an item is mailed once, when first seen, to the subscriptions confirmed by then.
      CREATE TABLE alert_items (
        id text PRIMARY KEY,
        district text NOT NULL,
        seen_at timestamptz NOT NULL,
        -- Seen on the first reading of the feed: recorded, never mailed (no archive).
        primed boolean NOT NULL DEFAULT false
      );
      -- When the feed was first read: before that, every item is the archive.
      CREATE TABLE alert_feed_state (
        id smallint PRIMARY KEY CHECK (id = 1),
        primed_at timestamptz NOT NULL
      );

      -- Headers a mail needs besides the usual ones (List-Unsubscribe, RFC 8058).
      ALTER TABLE outbox ADD COLUMN headers jsonb;
    `,
  },
];

/** Applies the migrations the database has not seen; returns the ids applied now. */
export async function migrate(db: Db, migrations = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    // One migrating process at a time (the number is arbitrary but fixed).
    await tx.query('SELECT pg_advisory_xact_lock(4242001)');
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ id: number }>('SELECT id FROM schema_migrations');
    const done = new Set(rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(m.id)) continue;
      await tx.query(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      applied.push(m.id);
    }
    return applied;
  });
}
