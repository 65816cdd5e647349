/**
 * The primitives every HTML fragment drawn as a string is built from: the appeal form, the
 * registration receipt, the staff desk, mails. Modelled on GOV.UK Frontend's label, hint,
 * error message and error summary. Text arguments are plain text and are escaped here;
 * arguments named `html` or `control` are markup already built from these primitives.
 *
 * The classes (`input`, `button`, `hint`, `error-message`, `error-summary`) are defined once
 * in src/styles/controls.css and used by the Astro pages as well.
 */
import { HONEYPOT_FIELD } from '../lib/appeal-fields.ts';
import { escapeHtml } from '../lib/html.ts';

export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Attributes as markup, each with a leading space: `true` writes the bare name, `false` and
 * `undefined` nothing; values are escaped.
 */
export function attributes(attrs: Attributes = {}): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`,
    )
    .join('');
}

/** The ids a field's hint and error message carry, derived from the control's id. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

export interface Described {
  /** The control has a hint (`{id}-hint`). */
  hint?: boolean;
  /** The control's error, if any: marks it invalid and points to `{id}-error`. */
  error?: string | undefined;
  /** The error message element is always there (hidden when empty) for a script to fill. */
  errorSlot?: boolean;
}

/** `id`, `aria-describedby` and `aria-invalid` of a control, as attributes. */
export function describedBy(id: string, { hint, error, errorSlot }: Described): Attributes {
  const ids = [hint ? hintId(id) : '', error || errorSlot ? errorId(id) : ''].filter(Boolean);
  return {
    id,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
    'aria-invalid': error ? 'true' : undefined,
  };
}

export const hint = (id: string, text: string) =>
  `<p id="${escapeHtml(hintId(id))}" class="hint">${escapeHtml(text)}</p>`;

/**
 * A field's error message. With `slot`, an empty message is still written, hidden, so that
 * the page's script can show one in the same place.
 */
export function errorMessage(
  id: string,
  text: string | undefined,
  { slot, attrs }: { slot?: boolean | undefined; attrs?: Attributes | undefined } = {},
): string {
  if (!text && !slot) return '';
  return `<p${attributes({ id: errorId(id), class: 'error-message', ...attrs, hidden: !text })}>${escapeHtml(text ?? '')}</p>`;
}

export interface SummaryItem {
  text: string;
  /** The field the message is about (`#id`), when there is one. */
  href?: string | undefined;
}

/**
 * The list of a form's errors at its top, each a link to its field (GOV.UK's error summary);
 * written hidden when there is none, for the page's script to fill.
 */
export function errorSummary(
  title: string,
  items: readonly SummaryItem[],
  attrs: Attributes = {},
): string {
  const list = items
    .map((item) =>
      item.href
        ? `<li><a href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a></li>`
        : `<li>${escapeHtml(item.text)}</li>`,
    )
    .join('');
  return `<div${attributes({ class: 'error-summary', tabindex: -1, role: 'alert', ...attrs, hidden: items.length === 0 })}>
    <h2 class="text-xl">${escapeHtml(title)}</h2>
    <ul class="mt-2 list-disc pl-6">${list}</ul>
  </div>`;
}

export interface FieldOptions {
  /** The control's id; the label points to it. */
  id: string;
  label: string;
  /** The control's markup (from `input`, `textarea`, `select`). */
  control: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** See `errorMessage`. */
  errorSlot?: boolean;
  errorAttrs?: Attributes;
  class?: string;
}

/** A labelled field: label, hint, error message, then the control. */
export function field(o: FieldOptions): string {
  return `<div class="${escapeHtml(o.class ?? 'mt-6 flex max-w-2xl flex-col gap-1')}">
    <label for="${escapeHtml(o.id)}" class="font-bold">${escapeHtml(o.label)}</label>
    ${o.hint ? hint(o.id, o.hint) : ''}${errorMessage(o.id, o.error, { slot: o.errorSlot, attrs: o.errorAttrs })}
    ${o.control}
  </div>`;
}

/** A single-line input with the shared look; add `text-lg` etc. through `class`. */
export const input = (attrs: Attributes) =>
  `<input${attributes({ ...attrs, class: classes('input', attrs['class']) })} />`;

export const textarea = (attrs: Attributes, value = '') =>
  `<textarea${attributes({ ...attrs, class: classes('textarea', attrs['class']) })}>${escapeHtml(value)}</textarea>`;

export interface Choice {
  value: string;
  label: string;
}

export const option = (choice: Choice, selected: boolean) =>
  `<option${attributes({ value: choice.value, selected })}>${escapeHtml(choice.label)}</option>`;

export const select = (
  attrs: Attributes,
  choices: readonly Choice[],
  selected: string | undefined,
) =>
  `<select${attributes({ ...attrs, class: classes('input', attrs['class']) })}>
      ${choices.map((c) => option(c, c.value === (selected ?? ''))).join('')}
    </select>`;

export interface RadiosOptions {
  name: string;
  legend: string;
  choices: readonly Choice[];
  checked: string | undefined;
  /** The error message's id (and the error, when there is one). */
  id: string;
  error?: string | undefined;
  errorSlot?: boolean;
  errorAttrs?: Attributes;
  class?: string;
}

/** A group of radio buttons in a fieldset, its legend as the question. */
export function radios(o: RadiosOptions): string {
  return `<fieldset class="${escapeHtml(o.class ?? 'mt-6 flex max-w-2xl flex-col gap-1')}">
    <legend class="font-bold">${escapeHtml(o.legend)}</legend>
    ${errorMessage(o.id, o.error, { slot: o.errorSlot, attrs: o.errorAttrs })}
    ${o.choices
      .map(
        (c) =>
          `<label class="flex min-h-11 items-center gap-2"><input${attributes({ type: 'radio', name: o.name, value: c.value, class: 'size-6', checked: o.checked === c.value })} /> ${escapeHtml(c.label)}</label>`,
      )
      .join('')}
  </fieldset>`;
}

/** A checkbox with its label beside it; `html` is the label's markup. */
export const checkbox = (attrs: Attributes, html: string) =>
  `<label class="flex items-start gap-3"><input${attributes({ type: 'checkbox', class: 'mt-1 size-6 shrink-0', ...attrs })} /> <span>${html}</span></label>`;

/** A submit button with the shared look. */
export const button = (label: string, attrs: Attributes = {}) =>
  `<button${attributes({ type: 'submit', ...attrs, class: classes('button', attrs['class']) })}>${escapeHtml(label)}</button>`;

const classes = (base: string, extra: Attributes[string]) =>
  typeof extra === 'string' && extra ? `${base} ${extra}` : base;

/**
 * The field a robot fills in and a person never sees (lib/appeal-fields.ts's HONEYPOT_FIELD):
 * hidden from sight and from screen readers, out of the tab order.
 */
export const honeypot = (id: string, label: string) =>
  `<div class="sr-only" aria-hidden="true">
    <label for="${escapeHtml(id)}">${escapeHtml(label)}</label>
    <input id="${escapeHtml(id)}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
