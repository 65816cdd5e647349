/**
 * The publishers: the file system, and commits through the GitHub contents API (directly or
 * via Netlify's Git Gateway) against a local HTTP server that answers as that API does; and
 * the Q&A entry they write, parsed with its model.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qaSchema } from '../../src/models/qa.ts';
import {
  fsPublisher,
  gitHubPublisher,
  PublishError,
  qaEntry,
} from '../../src/server/staff/publisher.ts';

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  body: Record<string, string> | undefined;
}

describe('publishers', () => {
  const seen: Seen[] = [];
  const files = new Map<string, string>([['/contents/content/qa/ru/old.md', 'sha-of-old']]);
  let refuse = false;
  const server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c));
    req.on('end', () => {
      const url = req.url ?? '';
      const path = url.split('?')[0]!;
      seen.push({
        method: req.method ?? '',
        url,
        auth: req.headers.authorization,
        body: text ? (JSON.parse(text) as Record<string, string>) : undefined,
      });
      if (req.method === 'GET') {
        const sha = files.get(path);
        res.writeHead(sha ? 200 : 404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(sha ? { sha } : { message: 'Not Found' }));
      } else {
        res.writeHead(refuse ? 409 : 201, { 'Content-Type': 'application/json' });
        res.end('{}');
      }
    });
  });
  let api = '';
  const dir = mkdtempSync(join(tmpdir(), 'mps-publish-'));
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes into the content folder, and only Q&A entries', async () => {
    const fs = fsPublisher(dir);
    await fs.write('qa/kk/mps-2026-000001.md', '---\na: 1\n---\n', 'm');
    expect(readFileSync(join(dir, 'qa/kk/mps-2026-000001.md'), 'utf8')).toBe('---\na: 1\n---\n');
    for (const bad of ['../etc/passwd', 'qa/kk/../../x.md', 'news/ru/x.md', 'qa/xx/a.md'])
      await expect(fs.write(bad, 'x', 'm'), bad).rejects.toBeInstanceOf(PublishError);
  });

  it('commits a new file with the staff member’s token (Git Gateway)', async () => {
    const gateway = gitHubPublisher({ api, branch: 'main' });
    await gateway.write('qa/ru/new.md', 'Текст', 'Publish the answer', { bearer: 'user-jwt' });
    const put = seen.find((s) => s.method === 'PUT' && s.url.endsWith('/qa/ru/new.md'))!;
    expect(put.auth).toBe('Bearer user-jwt');
    expect(put.url).toBe('/contents/content/qa/ru/new.md');
    expect(put.body).toEqual({
      message: 'Publish the answer',
      content: Buffer.from('Текст').toString('base64'),
      branch: 'main',
    });
    await expect(gateway.write('qa/ru/x.md', 'x', 'm')).rejects.toThrow(/No token/);
  });

  it('replaces an existing file with its sha, with the site’s token (GitHub)', async () => {
    const github = gitHubPublisher({ api, branch: 'site', token: 'site-token' });
    await github.write('qa/ru/old.md', 'new text', 'Update', { bearer: 'ignored' });
    const put = seen.filter((s) => s.method === 'PUT').at(-1)!;
    expect(put.auth).toBe('Bearer site-token');
    expect(put.body).toMatchObject({ sha: 'sha-of-old', branch: 'site' });
    expect(
      seen.some((s) => s.method === 'GET' && s.url === '/contents/content/qa/ru/old.md?ref=site'),
    ).toBe(true);
    refuse = true;
    await expect(github.write('qa/ru/old.md', 'x', 'm')).rejects.toBeInstanceOf(PublishError);
  });
});

describe('the Q&A entry', () => {
  it('is a file the content model accepts, with the texts as plain strings', () => {
    const entry = qaEntry({
      number: 'MPS-2026-000007',
      language: 'ru',
      kind: 'question',
      topic: 'road-safety',
      asked: '2026-11-02',
      answered: '2026-11-20',
      published: '2026-11-21',
      question: 'Вопрос: «кавычки», <b>теги</b> и двоеточие: всё как есть, без разметки.',
      answer: '---\nОтвет в несколько строк.\n\n# не заголовок',
    });
    expect(entry.path).toBe('qa/ru/mps-2026-000007.md');
    const [, frontMatter, body] = entry.content.split(/^---$/m);
    expect(body).toBe('\n');
    const data = qaSchema.parse(parse(frontMatter!));
    expect(data.question).toContain('<b>теги</b>');
    expect(data.answer).toBe('---\nОтвет в несколько строк.\n\n# не заголовок');
  });

  const entry = {
    number: 'MPS-2026-000007',
    language: 'ru' as const,
    kind: 'question',
    topic: 'road-safety',
    asked: '2026-11-02',
    answered: '2026-11-20',
    published: '2026-11-21',
    question: 'Когда отремонтируют светофор на перекрёстке?',
    answer: 'Светофор отремонтирован, работает в обычном режиме.',
  };

  it('is parsed with its content model before anything is written', () => {
    expect(() => qaEntry(entry)).not.toThrow();
    for (const wrong of [
      { topic: 'not-a-topic' },
      { answered: '2026-02-30' },
      { question: 'Коротко?' },
      { answer: 'а'.repeat(20_001) },
    ])
      expect(() => qaEntry({ ...entry, ...wrong }), JSON.stringify(wrong).slice(0, 40)).toThrow(
        PublishError,
      );
  });
});
