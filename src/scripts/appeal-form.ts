/**
 * Enhances the appeal form (the page works without this): counts characters, keeps a draft
 * on the device (so a failed request or a closed tab loses nothing), checks the fields with
 * the same schema as the server, and sends the form in place with an Idempotency-Key so that
 * a double submit creates one appeal.
 *
 * The schema (zod) loads when the resident starts on the form, not with the page: the page's
 * first load stays within its JavaScript budget.
 */
import type { AppealErrors } from '../lib/appeal.ts';
import { DRAFT_KEY, HONEYPOT_FIELD, STARTED_FIELD } from '../lib/appeal-fields.ts';
import type { UiKey } from '../i18n/index.ts';
import { formatDay, localeOr } from '../lib/format.ts';
import { REGISTERED_HEADING_ID, renderRegistration } from '../views/appeal-registration.ts';

/** The draft's key: one for the form to the chief, one per area for the inspectors' forms. */
const draftKey = (form: HTMLFormElement) =>
  form.dataset['draft'] ? `${DRAFT_KEY}:${form.dataset['draft']}` : DRAFT_KEY;

let schema: Promise<typeof import('../lib/appeal.ts')> | undefined;
const loadSchema = () => (schema ??= import('../lib/appeal.ts'));

interface Draft {
  values: Record<string, string>;
  key: string;
  startedAt: number;
}

const form = document.querySelector<HTMLFormElement>('form[data-appeal-form]');
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
  const storageKey = draftKey(form);
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, string>;
  const lang = localeOr((form.elements.namedItem('lang') as HTMLInputElement | null)?.value);
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  const submit = form.querySelector<HTMLButtonElement>('[data-submit]')!;
  const text = form.elements.namedItem('text') as HTMLTextAreaElement;
  const counter = form.querySelector<HTMLElement>('[data-counter]')!;

  const values = (): Record<string, string> => {
    const result: Record<string, string> = {};
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') result[name] = value;
    return result;
  };

  // The draft: restored on load, saved on every change, removed once registered.
  let draft: Draft = { values: {}, key: crypto.randomUUID(), startedAt: Date.now() };
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Draft | null;
    if (saved?.key && saved.values) {
      draft = saved;
      restore(saved.values);
      showSummary([messages['appeal.draftRestored']!], false);
    }
  } catch {
    // Storage may be off (private mode): the form still works, without a draft.
  }
  const save = () => {
    draft.values = values();
    try {
      localStorage.setItem(storageKey, JSON.stringify(draft));
    } catch {
      /* no storage: nothing to keep */
    }
  };
  form.addEventListener('focusin', () => void loadSchema(), { once: true });
  form.addEventListener('input', save);
  form.addEventListener('change', save);

  const count = () => {
    counter.textContent = (counter.dataset['template'] ?? '').replace(
      '{count}',
      String(text.value.length),
    );
  };
  counter.hidden = false;
  count();
  text.addEventListener('input', count);

  function restore(saved: Record<string, string>) {
    for (const element of Array.from(form.elements)) {
      if (!(
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      ))
        continue;
      if (element.name === 'lang' || element.name === HONEYPOT_FIELD) continue;
      const value = saved[element.name];
      if (
        element instanceof HTMLInputElement &&
        (element.type === 'checkbox' || element.type === 'radio')
      )
        element.checked = value === element.value;
      else if (value !== undefined) element.value = value;
    }
  }

  function showSummary(lines: string[], alert = true, links: Record<string, string> = {}) {
    const list = summary.querySelector('ul')!;
    list.replaceChildren(
      ...lines.map((line, i) => {
        const item = document.createElement('li');
        const target = Object.keys(links)[i];
        if (target) {
          const a = document.createElement('a');
          a.href = `#appeal-${target}`;
          a.textContent = line;
          item.append(a);
        } else item.textContent = line;
        return item;
      }),
    );
    summary.setAttribute('role', alert ? 'alert' : 'status');
    summary.hidden = lines.length === 0;
    if (alert && lines.length) summary.focus();
  }

  function showErrors(errors: AppealErrors) {
    for (const p of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const key = errors[p.dataset['errorFor'] as keyof AppealErrors];
      p.textContent = key ? (messages[key] ?? key) : '';
      p.hidden = !key;
      const field = form.elements.namedItem(p.dataset['errorFor']!);
      if (field instanceof HTMLElement) {
        if (key) field.setAttribute('aria-invalid', 'true');
        else field.removeAttribute('aria-invalid');
      }
    }
    const entries = Object.entries(errors);
    showSummary(
      entries.map(([, key]) => messages[key] ?? key),
      true,
      Object.fromEntries(entries.filter(([name]) => name !== 'form')),
    );
  }

  function showRegistered(body: { number: string; accessCode: string; deadline: string }) {
    const deadline = formatDay(body.deadline, lang);
    const message = (key: UiKey) => messages[key] ?? key;
    const statusUrl = form.dataset['statusUrl'] ?? '/';
    form.insertAdjacentHTML(
      'afterend',
      renderRegistration(message, { ...body, deadline }, statusUrl, 'h2'),
    );
    form.remove();
    document.getElementById(REGISTERED_HEADING_ID)?.focus();
  }

  /** The fields and the photos, each made smaller in the browser to fit the request limit. */
  async function multipart(fields: Record<string, string>): Promise<FormData> {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    const input = form.querySelector<HTMLInputElement>('[data-photos]');
    const files = Array.from(input?.files ?? []);
    if (files.length) {
      submit.textContent = messages['write.photos.preparing']!;
      const { downscale } = await import('./photo-downscale.ts');
      for (const file of files) data.append('photos', await downscale(file), file.name);
    }
    return data;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = values();
    const parsed = (await loadSchema()).parseAppeal(body);
    if (!parsed.ok) {
      showErrors(parsed.errors);
      return;
    }
    showErrors({});
    submit.disabled = true;
    submit.textContent = messages['appeal.sending']!;
    try {
      const started = { [STARTED_FIELD]: String(draft.startedAt) };
      const headers = { Accept: 'application/json', 'Idempotency-Key': draft.key };
      const response = await fetch(
        form.action,
        form.enctype === 'multipart/form-data'
          ? { method: 'POST', headers, body: await multipart({ ...body, ...started }) }
          : {
              method: 'POST',
              headers: { ...headers, 'Content-Type': 'application/json' },
              body: JSON.stringify({ ...body, ...started }),
            },
      );
      const result = (await response.json().catch(() => ({}))) as {
        number?: string;
        accessCode?: string;
        deadline?: string;
        errors?: AppealErrors;
      };
      // 201 registered; 200 the same appeal again (an earlier answer to this key was lost).
      if (
        (response.status === 201 || response.status === 200) &&
        result.number &&
        result.accessCode &&
        result.deadline
      ) {
        localStorage.removeItem(storageKey);
        showRegistered({
          number: result.number,
          accessCode: result.accessCode,
          deadline: result.deadline,
        });
        return;
      }
      if (response.status === 202) {
        localStorage.removeItem(storageKey);
        showSummary([messages['appeal.received.title']!], false);
        return;
      }
      // 409: this key registered another text; the next send is a new submission.
      if (response.status === 409) {
        draft.key = crypto.randomUUID();
        save();
      }
      if ([409, 413, 422].includes(response.status) && result.errors) showErrors(result.errors);
      else if (response.status === 429) showSummary([messages['appeal.rateLimited.title']!]);
      else showSummary([messages['appeal.unavailable.text']!]);
    } catch {
      showSummary([messages['appeal.networkError']!]);
    } finally {
      submit.disabled = false;
      submit.textContent = messages['appeal.submit']!;
    }
  });
}
