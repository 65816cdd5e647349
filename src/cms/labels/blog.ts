/** Labels of the blog of the head of the service (src/models/blog.ts). */
import { body, cover, coverAlt, draft, translationKey } from './common.ts';
import type { LabelTable } from './types.ts';

export const blogLabels: LabelTable = {
  blog: {
    label: {
      kk: 'Қызмет бастығының блогы',
      ru: 'Блог начальника службы',
      en: 'Blog of the head of the service',
    },
    label_singular: { kk: 'Блог жазбасы', ru: 'Запись блога', en: 'Blog post' },
  },
  'blog.title': {
    label: { kk: 'Тақырып', ru: 'Заголовок', en: 'Title' },
    hint: { kk: 'Жазбаның тақырыбы.', ru: 'Заголовок записи.', en: 'Title of the post.' },
  },
  'blog.translationKey': translationKey,
  'blog.date': {
    label: { kk: 'Күні', ru: 'Дата', en: 'Date' },
    hint: {
      kk: 'Жарияланған күні (ЖЖЖЖ-АА-КК).',
      ru: 'Дата публикации (ГГГГ-ММ-ДД).',
      en: 'Publication date (YYYY-MM-DD).',
    },
  },
  'blog.summary': {
    label: { kk: 'Қысқаша сипаттама', ru: 'Краткое описание', en: 'Summary' },
    hint: {
      kk: 'Тізімдерде және сілтеменің алдын ала көрінісінде шығатын бір-екі сөйлем.',
      ru: 'Одно-два предложения для списков и превью ссылок.',
      en: 'One or two sentences shown in lists and link previews.',
    },
  },
  'blog.cover': {
    label: cover,
    hint: {
      kk: 'Жазбаның үстінде көрсетілетін сурет, міндетті емес.',
      ru: 'Картинка над записью, необязательная.',
      en: 'Optional picture shown above the post.',
    },
  },
  'blog.coverAlt': {
    label: coverAlt,
    hint: {
      kk: 'Суретте не бейнеленгені; сурет болса, міндетті.',
      ru: 'Что изображено на картинке; обязательно, если картинка есть.',
      en: 'What the picture shows; required when there is a picture.',
    },
  },
  'blog.draft': draft,
  'blog.body': body,
};
