/**
 * What a resident sees once the appeal is registered: the number, the one-time access code,
 * the deadline and the way to the status page. The same markup from the server's page (a form
 * sent without JavaScript) and from the form's script; kept apart from the form module so
 * that the script does not load the UI dictionaries. Every value is escaped.
 */
import type { UiKey } from '../i18n/index.ts';
import { escapeHtml } from '../lib/html.ts';

export interface Registration {
  number: string;
  accessCode: string;
  /** The deadline, already written as a date in the page's language. */
  deadline: string;
}

export const REGISTERED_HEADING_ID = 'appeal-registered';

export function renderRegistration(
  message: (key: UiKey) => string,
  registration: Registration,
  statusUrl: string,
  heading: 'h1' | 'h2',
): string {
  const text = (key: UiKey) => escapeHtml(message(key));
  const row = (label: UiKey, value: string) =>
    `<dt class="font-bold">${text(label)}</dt><dd class="text-xl">${escapeHtml(value)}</dd>`;
  return `<section class="max-w-2xl border-l-8 border-navy bg-sky-light p-6" aria-labelledby="${REGISTERED_HEADING_ID}">
  <${heading} id="${REGISTERED_HEADING_ID}" tabindex="-1" class="${heading === 'h1' ? 'text-3xl' : 'text-2xl'}">${text('appeal.success.title')}</${heading}>
  <dl class="mt-4 grid gap-2">${row('appeal.success.number', registration.number)}${row('appeal.success.code', registration.accessCode)}${row('appeal.success.deadline', registration.deadline)}</dl>
  <p class="mt-4">${text('appeal.success.codeHint')}</p>
  <p class="mt-4"><a href="${escapeHtml(statusUrl)}">${text('appeal.success.check')}</a></p>
</section>`;
}
