/** Labels of the news collection (src/models/news.ts). */
import { body, cover, coverAlt, dictionaryOptions, draft, translationKey } from './common.ts';
import type { LabelTable } from './types.ts';
import { NEWS_CATEGORIES } from '../../models/news.ts';

export const newsLabels: LabelTable = {
  news: {
    label: { kk: 'Жаңалықтар', ru: 'Новости', en: 'News' },
    label_singular: { kk: 'Жаңалық', ru: 'Новость', en: 'News item' },
  },
  'news.title': {
    label: { kk: 'Тақырып', ru: 'Заголовок', en: 'Title' },
    hint: {
      kk: 'Тізімдерде, жаңалық бетінде және іздеу нәтижелерінде көрсетілетін тақырып.',
      ru: 'Заголовок в списках, на странице новости и в результатах поиска.',
      en: 'Headline shown in lists, on the article page and in search results.',
    },
  },
  'news.translationKey': translationKey,
  'news.date': {
    label: { kk: 'Күні', ru: 'Дата', en: 'Date' },
    hint: {
      kk: 'Жарияланған күні (ЖЖЖЖ-АА-КК); ең жаңа жаңалықтар бірінші тұрады.',
      ru: 'Дата публикации (ГГГГ-ММ-ДД); свежие новости идут первыми.',
      en: 'Publication date (YYYY-MM-DD); the newest news comes first.',
    },
  },
  'news.summary': {
    label: { kk: 'Қысқаша сипаттама', ru: 'Краткое описание', en: 'Summary' },
    hint: {
      kk: 'Тізімдерде, RSS арнасында және сілтеменің алдын ала көрінісінде шығатын бір-екі сөйлем.',
      ru: 'Одно-два предложения для списков, RSS-ленты и превью ссылок.',
      en: 'One or two sentences shown in lists, the RSS feed and link previews.',
    },
  },
  'news.cover': {
    label: cover,
    hint: {
      kk: 'Мұқаба суреті; жүктелген суреттер сайт құрастырылғанда кішірейтіледі.',
      ru: 'Картинка обложки; загруженные картинки уменьшаются при сборке сайта.',
      en: 'Cover picture; uploaded pictures are resized by the build.',
    },
  },
  'news.coverAlt': {
    label: coverAlt,
    hint: {
      kk: 'Мұқабада не бейнеленгені: экраннан оқитын бағдарламалар үшін және суреттер өшірулі болғанда.',
      ru: 'Что изображено на обложке: для программ экранного доступа и при отключённых картинках.',
      en: 'What the cover picture shows, for screen readers and when images are off.',
    },
  },
  'news.category': {
    label: { kk: 'Айдар', ru: 'Рубрика', en: 'Category' },
    hint: {
      kk: 'Жаңалық жататын тақырып.',
      ru: 'Тема, к которой относится новость.',
      en: 'The topic the story is filed under.',
    },
    options: dictionaryOptions('category', NEWS_CATEGORIES),
  },
  'news.district': {
    label: { kk: 'Аудан', ru: 'Район', en: 'District' },
    hint: {
      kk: 'Жаңалық қатысты қала ауданы, бар болса (content/districts ішіндегі id).',
      ru: 'Район города, о котором новость, если есть (id из content/districts).',
      en: 'The city district the story is about, if any (an id from content/districts).',
    },
  },
  'news.draft': draft,
  'news.body': body,
};
