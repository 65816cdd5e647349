/**
 * Press staff's work through the real CMS: Decap from the built /admin/ page, its local
 * backend (decap-server in git mode on a throw-away copy of the content, see cms-sandbox.ts)
 * and the editorial workflow. The files the CMS writes must pass the content models, and the
 * real build must turn them into pages.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { buildDecapConfig } from '../../src/cms/config.ts';
import { translatedFields, translatedFrontmatter } from '../../src/cms/formats.ts';
import { imageStandIn } from '../../src/models/image.ts';
import { districtSchema } from '../../src/models/districts.ts';
import { newsSchema } from '../../src/models/news.ts';
import { officerSchema } from '../../src/models/officers.ts';
import { astroBuild, serveBuilt } from '../helpers/astro-build.ts';
import { CMS_PORT, resetSandbox, SANDBOX, SANDBOX_CONTENT } from '../helpers/cms-sandbox.ts';
import type { Page } from '@playwright/test';
import { expect, test, type PageGuard } from '../helpers/playwright-fixtures.ts';

// Editing through the CMS takes many steps; on a busy two-core machine a test can take a minute.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const STORY = '2026-11-28-school-safety-lesson';
const TITLE = { kk: 'Мектепте қауіпсіздік сабағы өтті', ru: 'В школе прошёл урок безопасности' };
const SUMMARY = {
  kk: 'Учаскелік инспекторлар оқушыларға жолда және интернетте қалай сақ болу керегін айтты.',
  ru: 'Участковые инспекторы рассказали школьникам, как беречь себя на дороге и в интернете.',
};
const COVER_ALT = {
  kk: 'Сынып, тақта алдында полиция қызметкері',
  ru: 'Класс, у доски полицейский',
};
const BODY = {
  kk: 'Сабаққа 120 оқушы қатысты. Демонстрациялық жаңалық.',
  ru: 'На уроке было 120 учеников. Демонстрационная новость.',
};
const NEW_PHONE = '+7 727 000 19 19';
/** The former name an editor gives ул. Толе би of area 1. */
const FORMER_NAME = 'ул. Комсомольская';
/** Saving through git (a commit, a branch) can take seconds on a busy machine. */
const SLOW = { timeout: 20_000 };

/** A file the CMS wrote in the sandbox. */
const sandboxFile = (path: string) => join(SANDBOX_CONTENT, path);

/** Reads a Markdown file the way the CMS does (the site's own format). */
function readMarkdown(path: string): Record<string, unknown> {
  const news = buildDecapConfig().collections.find((c) => c.name === 'news');
  if (!news || !('folder' in news)) throw new Error('no news collection');
  return translatedFrontmatter(translatedFields(news)).fromFile(
    readFileSync(sandboxFile(path), 'utf8'),
  );
}

/** The models check pictures with Astro's image(); here a picture is a path that must exist. */
const imageNextTo = (file: string) =>
  imageStandIn((path) =>
    path.refine((p) => existsSync(resolve(dirname(file), p)), 'no such picture'),
  );

test.beforeAll(async ({ request }) => {
  // Never let these tests write through a decap-server that serves anything but the sandbox.
  const info = await request.post(`http://localhost:${CMS_PORT}/api/v1`, {
    data: { action: 'info' },
  });
  expect(await info.json()).toMatchObject({ repo: basename(SANDBOX), type: 'local_git' });
  resetSandbox();
});

/**
 * Opens the CMS and logs in to the local backend. Two failed requests to the backend are part
 * of Decap's normal work and only expected ones are let through: in the editorial workflow
 * Decap asks for a draft of every entry it opens (404 when there is none), and for the file of
 * every language of a draft (decap-server answers 422 for a language that has no file).
 */
async function openCms(page: Page, guard: PageGuard, hash: string, ui: 'en' | 'ru' = 'en') {
  guard.allow(
    /status of (404 \(Not Found\)|422 \(Unprocessable Entity\)) \(http:\/\/localhost:8081\/api\/v1:/,
  );
  await page.goto(`/admin/?ui=${ui}#${hash}`);
  await page.getByRole('button', { name: ui === 'ru' ? 'Войти' : /login/i }).click();
}

/** Fills a text field of the left (0) or right (1) language pane. */
const field = (page: Page, label: string, pane: 0 | 1 = 0) =>
  page.getByLabel(label, { exact: true }).nth(pane);

/** A second person checks a saved draft: draft → in review → ready → published. */
async function publishThroughReview(page: Page) {
  for (const [from, to] of [
    ['Draft', 'In review'],
    ['In review', 'Ready'],
  ] as const) {
    await page.getByRole('button', { name: `Status: ${from}` }).click();
    await page.getByRole('menuitem', { name: to }).click();
    await expect(page.getByRole('button', { name: `Status: ${to}` })).toBeVisible(SLOW);
  }
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: SANDBOX, encoding: 'utf8' }).trim();

test('the CMS refuses to save a news item with a required field missing', async ({
  page,
  guard,
}) => {
  await openCms(page, guard, '/collections/news/new');
  await field(page, 'Title').fill('Заголовок без остального текста');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  for (const name of ['Translation key', 'Summary', 'Cover', 'Cover alt', 'Category'])
    await expect(page.getByText(`${name} is required.`).first()).toBeVisible();
  // Decap rejects the save with an empty promise rejection; that one is expected here.
  await expect.poll(() => guard.problems).toEqual(['uncaught exception: undefined']);
  guard.reset();
  // Nothing was written: no draft branch, no file.
  expect(git('branch', '--list', 'cms/*')).toBe('');
  expect(git('status', '--porcelain')).toBe('');
});

test('an editor writes a news item in Kazakh and Russian with a cover, and publishes it through review', async ({
  page,
  guard,
}) => {
  await openCms(page, guard, '/collections/news/new');
  await field(page, 'Title').fill(TITLE.kk);
  await field(page, 'Translation key').fill(STORY);
  await field(page, 'Date').fill('2026-11-28');
  await field(page, 'Summary').fill(SUMMARY.kk);
  await page.getByRole('button', { name: 'Choose an image' }).first().click();
  const cover = join(mkdtempSync(join(tmpdir(), 'mps-cover-')), 'school-lesson.png');
  copyFileSync('public/og-image.png', cover);
  await page.locator('input[type="file"]').setInputFiles(cover);
  // The upload is selected as soon as it is in.
  await page.getByRole('button', { name: 'Choose selected' }).click();
  await field(page, 'Cover alt').fill(COVER_ALT.kk);
  await field(page, 'Category').click();
  await page.getByText('prevention', { exact: true }).click();
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.type(BODY.kk);

  await field(page, 'Title', 1).fill(TITLE.ru);
  // Decap itself checks only the default language; the models check every written one.
  await field(page, 'Summary', 1).fill('Коротко.');
  await field(page, 'Cover alt', 1).fill(COVER_ALT.ru);
  await page.locator('[data-slate-editor="true"]').nth(1).click();
  await page.keyboard.type(BODY.ru);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByText('RU: summary: The summary is too short: write at least 20 characters.'),
  ).toBeVisible();
  // Decap reports the refused save as an unhandled rejection; that one is expected here.
  await expect.poll(() => guard.problems).toEqual(['uncaught exception: Object']);
  guard.reset();
  expect(git('branch', '--list', 'cms/*')).toBe('');
  await field(page, 'Summary', 1).fill(SUMMARY.ru);

  // The preview draws the article with the site's template and CSS.
  await page.getByRole('button', { name: 'Toggle preview' }).click();
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(TITLE.kk);
  // It tells the editor which languages are written (and so will be saved).
  await expect(preview.locator('[data-translations]')).toHaveText(
    'Қазақша: written · Русский: written · English: not written',
  );
  await expect(preview.getByText(BODY.kk)).toBeVisible();
  await expect(preview.getByRole('img', { name: COVER_ALT.kk })).toBeVisible();
  expect(await preview.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily)).toContain(
    'Noto Sans',
  );

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved as a draft: a branch of its own, nothing on the published branch yet.
  await expect(page.getByRole('button', { name: 'Status: Draft' })).toBeVisible(SLOW);
  expect(git('branch', '--list', `cms/news/${STORY}`)).toContain(STORY);
  expect(existsSync(sandboxFile(`news/kk/${STORY}.md`))).toBe(false);

  await publishThroughReview(page);
  await expect.poll(() => existsSync(sandboxFile(`news/ru/${STORY}.md`)), SLOW).toBe(true);

  // One file per written language, none for English; both pass the news model.
  expect(existsSync(sandboxFile(`news/en/${STORY}.md`))).toBe(false);
  for (const lang of ['kk', 'ru'] as const) {
    const path = `news/${lang}/${STORY}.md`;
    const { body, ...data } = readMarkdown(path);
    const parsed = newsSchema({ image: imageNextTo(sandboxFile(path)) }).safeParse(data);
    expect(parsed.error?.issues ?? [], path).toEqual([]);
    expect(parsed.data).toMatchObject({
      title: TITLE[lang],
      translationKey: STORY,
      summary: SUMMARY[lang],
      cover: '../_covers/school-lesson.png',
      coverAlt: COVER_ALT[lang],
      category: 'prevention',
    });
    expect(body).toContain(BODY[lang]);
  }
  // The upload went to the covers folder, in the published branch, as the same bytes.
  expect(readFileSync(sandboxFile('news/_covers/school-lesson.png'))).toEqual(
    readFileSync('public/og-image.png'),
  );
  // decap-server merges the draft, then deletes its branch.
  await expect.poll(() => git('branch', '--list', 'cms/*'), SLOW).toBe('');
});

test("an editor changes an officer's phone number", async ({ page, guard }) => {
  const path = 'officers/demo-officer.yaml';
  const before = parse(readFileSync(sandboxFile(path), 'utf8')) as Record<string, unknown>;
  await openCms(page, guard, '/collections/officers/entries/demo-officer');
  const phone = page.getByRole('textbox', { name: 'Phones', exact: true });
  await expect(phone).toHaveValue('+7 727 000 10 01');
  // The preview is the officer's card in each language, as the directory shows it.
  const cards = page.frameLocator('#preview-pane').getByRole('article');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(1).getByRole('heading', { name: 'Демо Офицер Первый' })).toBeVisible();

  // A number the build would refuse is refused here too, with the model's message.
  await phone.fill('8 727 000 19 19');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Write the phone as +7 XXX XXX XX XX').first()).toBeVisible();
  await expect.poll(() => guard.problems).toEqual(['uncaught exception: undefined']);
  guard.reset();

  // Corrected the way a person does it: select the text and type over it.
  await phone.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(NEW_PHONE);
  await expect(cards.nth(1).getByText(NEW_PHONE)).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Status: Draft' })).toBeVisible(SLOW);
  await publishThroughReview(page);
  await expect
    .poll(
      () => (parse(readFileSync(sandboxFile(path), 'utf8')) as { phones: string[] }).phones,
      SLOW,
    )
    .toEqual([NEW_PHONE]);

  // Only the phone changed, and the file still passes the officer model.
  const after = parse(readFileSync(sandboxFile(path), 'utf8')) as Record<string, unknown>;
  expect(after).toEqual({ ...before, phones: [NEW_PHONE] });
  const parsed = officerSchema({ image: imageNextTo(sandboxFile(path)) }).safeParse(after);
  expect(parsed.error?.issues ?? []).toEqual([]);
});

test('in Russian, an editor gives a street its former name and moves a boundary point on the map', async ({
  page,
  guard,
}) => {
  const path = 'districts/almaly.geojson';
  type District = {
    features: {
      properties: { id?: string; streets?: { otherNames?: unknown[] }[] };
      geometry: { coordinates: [number, number][][] };
    }[];
  };
  const read = () => JSON.parse(readFileSync(sandboxFile(path), 'utf8')) as District;
  const area = (d: District) => d.features.find((f) => f.properties.id === 'almaly-01')!;
  const before = area(read());
  await openCms(page, guard, '/collections/districts/entries/almaly', 'ru');

  // The district's boundary and areas, then area 1's only street, ул. Толе би, opened: its
  // former name, in Russian only.
  const expand = page.getByRole('button', { name: 'Развернуть' });
  await expand.first().click();
  // Now the streets of each feature: the district's boundary (none), area 1, area 2.
  await expect(expand).toHaveCount(3);
  await expand.nth(1).click();
  await page.getByRole('button', { name: 'Добавить другие названия' }).first().click();
  // Another name may exist in some languages only: its fields are optional.
  await page.getByRole('textbox', { name: 'Русский (ru) (необязательный)' }).fill(FORMER_NAME);

  // On area 1's map, a point added on its west edge and dragged along that edge: the boundary
  // gains a point and keeps its shape, so the district's rules still hold.
  const map = page.locator('[data-area-map]').nth(1);
  await map.scrollIntoViewIfNeeded();
  const middles = map.locator('.marker-icon-middle');
  await expect(middles.first()).toBeVisible();
  const boxes = await middles.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  const west = boxes.reduce((a, b) => (a.x <= b.x ? a : b));
  await page.mouse.move(west.x, west.y);
  await page.mouse.down();
  await page.mouse.move(west.x, west.y - 30, { steps: 5 });
  await page.mouse.up();
  const coordinates = page
    .getByRole('textbox', { name: 'Координаты (GeoJSON, [долгота, широта])' })
    .nth(1);
  await expect(coordinates).toHaveValue(/^\[\[(\[[\d.]+,[\d.]+\],?){6}\]\]$/);

  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Cтатус: Черновик' })).toBeVisible(SLOW);
  for (const [from, to] of [
    ['Черновик', 'На рассмотрении'],
    ['На рассмотрении', 'Одобрен'],
  ] as const) {
    await page.getByRole('button', { name: `Cтатус: ${from}` }).click();
    await page.getByRole('menuitem', { name: to }).click();
    await expect(page.getByRole('button', { name: `Cтатус: ${to}` })).toBeVisible(SLOW);
  }
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
  await expect
    .poll(() => area(read()).properties.streets?.[0]?.otherNames, SLOW)
    .toEqual([{ name: { ru: FORMER_NAME }, kind: 'former' }]);

  // The boundary has one point more, on the west edge, and the file passes the district model.
  const after = read();
  const [ring] = area(after).geometry.coordinates;
  expect(ring).toHaveLength(before.geometry.coordinates[0]!.length + 1);
  const west0 = Math.min(...before.geometry.coordinates[0]!.map(([x]) => x));
  expect(ring!.filter(([x]) => x === west0)).toHaveLength(
    before.geometry.coordinates[0]!.filter(([x]) => x === west0).length + 1,
  );
  expect(districtSchema.safeParse(after).error?.issues ?? []).toEqual([]);
});

test('after a rebuild the site shows the new story in both languages, the former name and the new phone', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const work = join(SANDBOX, 'build');
  const build = astroBuild(SANDBOX_CONTENT, work);
  expect(build.status, build.log).toBe(0);
  const { site, close } = await serveBuilt(build.out);
  try {
    for (const lang of ['kk', 'ru'] as const) {
      await page.goto(`${site}/${lang}/news/${STORY}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[lang]);
      await expect(page.getByText(BODY[lang])).toBeVisible();
      // The uploaded PNG went through Astro's image pipeline.
      const cover = page.getByRole('img', { name: COVER_ALT[lang] });
      await expect(cover).toHaveAttribute('src', /\/_astro\/school-lesson\..+\.webp$/);
    }
    // English was not written: the page says so and links the two versions.
    await page.goto(`${site}/en/news/${STORY}/`);
    await expect(page.getByRole('link', { name: TITLE.ru })).toHaveAttribute(
      'href',
      `/ru/news/${STORY}/`,
    );

    // The finder knows the street by the former name the editor gave it.
    await page.goto(`${site}/ru/finder/`);
    await page.getByRole('combobox').fill('Комсомольская 5');
    await page.getByRole('combobox').press('Enter');
    await expect(
      page.getByRole('heading', {
        name: `ул. Толе би (бывш. ${FORMER_NAME}), 5: ваш участковый инспектор`,
      }),
    ).toBeVisible();

    await page.goto(`${site}/ru/inspectors/demo-officer/`);
    await expect(
      page.locator(`a[href="tel:${NEW_PHONE.replaceAll(' ', '')}"]`).first(),
    ).toBeVisible();
  } finally {
    await close();
    rmSync(work, { recursive: true, force: true });
  }
});
