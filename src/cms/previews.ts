/**
 * Preview templates for the CMS: a news item as its article page shows it, and an officer's
 * card as the inspectors' directory shows it, drawn with the site's own CSS and UI strings.
 * Decap renders them with React inside the preview frame; markup and classes follow
 * src/pages/[lang]/news/[slug].astro; the officer's card is the site's own view.
 */
import { createElement as h, type ReactNode } from 'react';
import { officerCard } from '../views/officer-card.ts';
import { formatDate } from '../lib/format.ts';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale, useTranslations } from '../i18n/index.ts';

/** The part of Decap's Immutable entry the templates read. */
interface EntryLike {
  getIn(path: string[]): unknown;
  get(key: 'data'): { toJS(): unknown } | undefined;
}

export interface PreviewProps {
  entry: EntryLike;
  locale?: string;
  widgetFor(name: string): ReactNode;
  getAsset(path: string): { toString(): string } | undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const asLocale = (value: string | undefined): Locale =>
  value && isLocale(value) ? value : LOCALES[0];
const assetUrl = (props: PreviewProps, path: unknown) =>
  typeof path === 'string' && path ? props.getAsset(path)?.toString() : undefined;

function date(value: unknown, lang: Locale): string {
  const d = value instanceof Date ? value : new Date(text(value));
  return Number.isNaN(d.getTime()) ? '' : formatDate(d, lang);
}

const data = (entry: EntryLike, path: string[]) =>
  (entry.getIn(path) as { toJS(): unknown } | undefined)?.toJS() as
    Record<string, unknown> | undefined;

/**
 * Which languages of the entry have text, for the editor (the CMS's own language, English).
 * Decap gives the preview the data of the left pane's language and the others under `i18n`;
 * a language counts as written by the same rule that decides whether its file is saved.
 */
function translationStatus(
  props: PreviewProps,
  written: (data: Record<string, unknown>) => boolean,
) {
  const shown = asLocale(props.locale);
  const items = LOCALES.flatMap((lang) => {
    const values =
      lang === shown ? data(props.entry, ['data']) : data(props.entry, ['i18n', lang, 'data']);
    // The default language is not under `i18n`; it is known only while it is the one shown.
    if (lang !== shown && lang === LOCALES[0]) return [];
    return [`${LOCALE_NAMES[lang]}: ${values && written(values) ? 'written' : 'not written'}`];
  });
  return h('p', { className: 'text-sm text-muted', 'data-translations': '' }, items.join(' · '));
}

/**
 * A news item or blog post in the language of the editor's left pane, under a line that says
 * which languages are written. `written` tells whether a language's data holds any text.
 */
export const articlePreview = (written: (data: Record<string, unknown>) => boolean) =>
  function ArticlePreview(props: PreviewProps) {
    const lang = asLocale(props.locale);
    const t = useTranslations(lang);
    const field = (name: string) => props.entry.getIn(['data', name]);
    const category = text(field('category'));
    const cover = assetUrl(props, field('cover'));
    return h(
      'main',
      { lang, className: 'container-page py-8' },
      translationStatus(props, written),
      h(
        'article',
        null,
        h('h1', { className: 'mt-3 max-w-3xl text-3xl md:text-4xl' }, text(field('title'))),
        h(
          'p',
          { className: 'mt-3 text-muted' },
          `${t('news.published')} ${date(field('date'), lang)}`,
          category ? ` · ${t(`category.${category}` as never)}` : null,
        ),
        h('p', { className: 'mt-4 max-w-2xl text-xl' }, text(field('summary'))),
        cover
          ? h(
              'figure',
              { className: 'mt-6 max-w-3xl' },
              h('img', { src: cover, alt: text(field('coverAlt')), className: 'w-full bg-panel' }),
            )
          : null,
        h('div', { className: 'prose mt-6' }, props.widgetFor('body')),
      ),
    );
  };

interface OfficerLike {
  name?: Partial<Record<Locale, string>>;
  rank?: string;
  photo?: string;
  photoAlt?: Partial<Record<Locale, string>>;
  phones?: string[];
  areas?: string[];
  policePoint?: { number?: number };
}

/** An officer's card in each language, drawn by the view the directory and district pages use. */
export function OfficerPreview(props: PreviewProps) {
  const o = (props.entry.get('data')?.toJS() ?? {}) as OfficerLike;
  const photo = assetUrl(props, o.photo);
  return h(
    'main',
    { className: 'container-page grid gap-4 py-8' },
    LOCALES.map((lang) => {
      const t = useTranslations(lang);
      const html = officerCard(
        {
          name: o.name?.[lang] ?? '',
          url: '#',
          rank: o.rank ? t(`rank.${o.rank}` as never) : '',
          photo,
          photoAlt: o.photoAlt?.[lang] ?? '',
          phones: o.phones?.slice(0, 1) ?? [],
          areas: (o.areas ?? []).map((id) => ({
            label: t('inspectors.area', { number: Number(/\d+$/.exec(id)?.[0] ?? 0) }),
            url: '#',
          })),
          point: t('inspectors.policePoint', { number: o.policePoint?.number ?? '' }),
        },
        { phone: t('inspectors.phone'), reception: t('inspectors.reception') },
        { heading: 'h3', lang },
      );
      return h('div', { key: lang, dangerouslySetInnerHTML: { __html: html } });
    }),
  );
}
