/**
 * A local SMTP server that accepts every mail and keeps it (in memory, and as .eml files
 * when given a folder), with a small web page and JSON list of what arrived. `npm start`
 * runs it so a developer can read the mail the site would have sent; the tests read it to
 * check what was sent, in which language, and that nothing arrived twice.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { escapeHtml } from '../../src/lib/html.ts';

export interface SunkMail {
  id: number;
  messageId: string;
  from: string;
  to: string;
  subject: string;
  language: string;
  date: string;
  text: string;
}

export interface MailSinkOptions {
  smtpPort: number;
  httpPort?: number;
  /** Keep each mail as an .eml file here (and read earlier ones at start). */
  dir?: string;
  host?: string;
}

export interface MailSink {
  /** The SMTP port it listens on (useful with smtpPort 0). */
  smtpPort: number;
  messages(): SunkMail[];
  clear(): void;
  stop(): Promise<void>;
}

async function parse(raw: Buffer, id: number): Promise<SunkMail> {
  const mail = await simpleParser(raw);
  const header = (name: string) => {
    const value = mail.headers.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    id,
    messageId: mail.messageId ?? '',
    from: mail.from?.text ?? '',
    to: Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? ''),
    subject: mail.subject ?? '',
    language: header('content-language'),
    date: (mail.date ?? new Date()).toISOString(),
    text: mail.text ?? '',
  };
}

function page(messages: SunkMail[]): string {
  const items = messages
    .slice()
    .reverse()
    .map(
      (m) => `<article lang="${escapeHtml(m.language)}">
<h2>${escapeHtml(m.subject)}</h2>
<p><b>To:</b> ${escapeHtml(m.to)} · <b>Date:</b> ${escapeHtml(m.date)} · <b>Language:</b> ${escapeHtml(m.language)}</p>
<pre>${escapeHtml(m.text)}</pre></article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local mail (${messages.length})</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Mail the site sent (${messages.length})</h1>
<p>Nothing here leaves this machine. <a href="/messages.json">JSON</a></p>
${items || '<p>No mail yet.</p>'}</body></html>`;
}

export async function startMailSink(options: MailSinkOptions): Promise<MailSink> {
  const host = options.host ?? '127.0.0.1';
  const messages: SunkMail[] = [];
  let next = 1;
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    for (const file of readdirSync(options.dir)
      .filter((f) => f.endsWith('.eml'))
      .sort())
      messages.push(await parse(readFileSync(join(options.dir, file)), next++));
  }

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'MPS Almaty local mail sink',
    // Stopping drops open sessions after a second, as a server going down would.
    closeTimeout: 1000,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const id = next++;
        parse(raw, id)
          .then((mail) => {
            messages.push(mail);
            if (options.dir)
              writeFileSync(join(options.dir, `${String(id).padStart(6, '0')}.eml`), raw);
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort, host, () => resolve());
  });
  smtp.on('error', (error) => console.error('[mail-sink]', error.message));

  let http: Server | undefined;
  if (options.httpPort !== undefined) {
    http = createServer((req, res) => {
      if (req.method === 'DELETE' && req.url === '/messages') {
        messages.length = 0;
        res.writeHead(204).end();
      } else if (req.url === '/messages.json') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(messages));
      } else if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page(messages));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => http!.listen(options.httpPort, host, resolve));
  }

  return {
    smtpPort: (smtp.server.address() as { port: number }).port,
    messages: () => [...messages],
    clear: () => {
      messages.length = 0;
    },
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (http) await new Promise<void>((resolve) => http!.close(() => resolve()));
    },
  };
}
