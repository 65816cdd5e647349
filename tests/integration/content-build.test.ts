/**
 * The build is the gate for content: these tests run the real `astro build` on a small
 * content tree (tests/fixtures/content-min) and on broken copies of it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';

const work = mkdtempSync(join(tmpdir(), 'mps-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string, change?: (dir: string) => void) {
  const content = join(work, name, 'content');
  cpSync('tests/fixtures/content-min', content, { recursive: true });
  change?.(content);
  return astroBuild(content, join(work, name));
}

const edit = (file: string, from: string, to: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('astro build of content', { timeout: 120_000 }, () => {
  it('builds good content, with a "not translated" page for a missing language', () => {
    const { status, log, out } = build('good', (dir) =>
      writeFileSync(
        join(dir, 'settings/alert.yaml'),
        'enabled: true\nlevel: warning\nmessage: { kk: "Жол жабық", ru: "Дорога закрыта", en: "Road closed <b>today</b>" }\n',
      ),
    );
    expect(status, log).toBe(0);
    const en = readFileSync(join(out, 'en/news/2026-11-20-fixture-story/index.html'), 'utf8');
    expect(en).toContain('Not available in English');
    expect(en).toContain('href="/ru/news/2026-11-20-fixture-story/"');
    expect(en).toContain('<meta name="robots" content="noindex">');
    const officer = readFileSync(join(out, 'kk/inspectors/demo-officer/index.html'), 'utf8');
    expect(officer).toContain('href="tel:+77270001001"');
    expect(officer).toContain('<html lang="kk"');
    // The alert banner is on every page, in the page's language, with editors' text escaped.
    const home = readFileSync(join(out, 'en/index.html'), 'utf8');
    expect(home).toContain('Road closed &lt;b&gt;today&lt;/b&gt;');
    expect(officer).toContain('Жол жабық');
  });

  it('fails on an officer pointing to a missing area, naming the file and the field', () => {
    const { status, log } = build('broken-ref', (dir) =>
      edit(join(dir, 'officers/demo-officer.yaml'), 'areas: [almaly-01]', 'areas: [almaly-99]'),
    );
    expect(status).not.toBe(0);
    expect(log).toContain('officers/demo-officer.yaml: areas[0]: area "almaly-99" does not exist');
  });

  it('fails on a schema error, naming the file and the field', () => {
    const { status, log } = build('bad-phone', (dir) =>
      edit(join(dir, 'officers/demo-officer.yaml'), "'+7 727 000 10 01'", "'8 727 000 10 01'"),
    );
    expect(status).not.toBe(0);
    expect(log).toContain('officers/demo-officer.yaml');
    expect(log).toContain('phones.0');
    expect(log).toContain('Write the phone as +7 XXX XXX XX XX');
  });
});
