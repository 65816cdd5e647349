/**
 * What the appeals' and the desk's integration tests share: staff members as the desk sees
 * them, a valid appeal form, the shape of the built form page, and a request to the function.
 */
import type { StaffUser } from '../../src/server/staff/auth.ts';

export const MODERATOR: StaffUser = {
  id: 'local:moderator@mps.example',
  email: 'moderator@mps.example',
  name: 'Демо Модератор',
  roles: ['moderator'],
  areas: [],
};

export const CHIEF: StaffUser = {
  id: 'local:chief@mps.example',
  email: 'chief@mps.example',
  name: 'Демо Руководитель',
  roles: ['chief'],
  areas: [],
};

/** A valid form as the page sends it, with `overrides`. */
export const appealForm = (overrides: Record<string, string> = {}): Record<string, string> => ({
  kind: 'question',
  topic: 'road-safety',
  district: 'almaly',
  text: 'Прошу установить светофор на перекрёстке у школы: дети переходят дорогу без него.',
  name: 'Демо Жительница',
  email: 'resident@example.kz',
  answerLanguage: 'ru',
  consent: 'on',
  publish: 'on',
  ...overrides,
});

/** The shape of the built form page that the server's pages are made from. */
export const FORM_PAGE = `<!doctype html><html lang="ru"><head><title>Форма — МПС</title></head><body>
<header>МПС</header><main id="main"><div data-appeal data-districts="[{&quot;id&quot;:&quot;almaly&quot;,&quot;name&quot;:&quot;Алмалинский&quot;}]"></div></main></body></html>`;

/** A POST to /api/appeals. */
export const postAppeal = (body: string, type: string, headers: Record<string, string> = {}) =>
  new Request('http://site.test/api/appeals', {
    method: 'POST',
    headers: { 'content-type': type, ...headers },
    body,
  });
