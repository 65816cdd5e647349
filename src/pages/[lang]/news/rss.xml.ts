import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite, inLocale } from '../../../data/site.ts';
import { type Locale, localeStaticPaths, useTranslations } from '../../../i18n';
import { routes } from '../../../lib/routes.ts';

export const getStaticPaths = localeStaticPaths;

/** The newest news of one language as RSS 2.0. */
export const GET: APIRoute = async ({ params, site: origin }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const site = await getSite();
  return rss({
    title: t('news.rssTitle'),
    description: t('news.intro'),
    site: origin ?? 'http://localhost',
    customData: `<language>${lang}</language>`,
    items: inLocale(site.news, lang)
      .slice(0, 50)
      .map((item) => ({
        title: item.data.title,
        description: item.data.summary,
        pubDate: item.data.date,
        link: routes.article(lang, item.slug),
        categories: [t(`category.${item.data.category}`)],
      })),
  });
};
