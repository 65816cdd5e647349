import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, geojsonLoader } from './content-loaders.ts';
import { blogSchema } from './models/blog.ts';
import { districtSchema } from './models/districts.ts';
import { newsSchema } from './models/news.ts';
import { officerSchema } from './models/officers.ts';
import { pageSchema } from './models/pages.ts';
import { qaSchema } from './models/qa.ts';
import {
  alertSchema,
  calendarSchema,
  contactsSchema,
  finesSchema,
  siteSchema,
} from './models/settings.ts';

/**
 * Entry ids keep the language folder: "ru/2026-11-20-winter-roads". Pages use the rendered
 * HTML only, so the raw Markdown is not kept in the data store. (Deferred rendering,
 * `deferRender: true`, was measured with `npm run bench:build` and made the 30,000-news build
 * three times slower and use more memory, so bodies are rendered during content sync.)
 */
const localizedMarkdown = (folder: string) =>
  glob({
    pattern: '{kk,ru,en}/**/*.md',
    base: `${CONTENT_DIR}/${folder}`,
    retainBody: false,
  });

const setting = (file: string) => glob({ pattern: file, base: `${CONTENT_DIR}/settings` });

export const collections = {
  news: defineCollection({ loader: localizedMarkdown('news'), schema: newsSchema }),
  blog: defineCollection({ loader: localizedMarkdown('blog'), schema: blogSchema }),
  pages: defineCollection({ loader: localizedMarkdown('pages'), schema: pageSchema }),
  // Answers published from the staff desk (src/server/staff/publisher.ts).
  qa: defineCollection({ loader: localizedMarkdown('qa'), schema: qaSchema }),
  officers: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/officers` }),
    schema: officerSchema,
  }),
  districts: defineCollection({ loader: geojsonLoader('districts'), schema: districtSchema }),
  contacts: defineCollection({ loader: setting('contacts.yaml'), schema: contactsSchema }),
  fines: defineCollection({ loader: setting('fines.yaml'), schema: finesSchema }),
  alert: defineCollection({ loader: setting('alert.yaml'), schema: alertSchema }),
  calendar: defineCollection({ loader: setting('calendar.yaml'), schema: calendarSchema }),
  site: defineCollection({ loader: setting('site.yaml'), schema: siteSchema }),
};
