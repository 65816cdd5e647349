import { describe, expect, it } from 'vitest';
import {
  attributes,
  button,
  describedBy,
  errorMessage,
  errorSummary,
  field,
  input,
  radios,
  select,
} from '../../src/views/html.ts';
import { renderAppealForm } from '../../src/views/appeal-form.ts';
import { renderRegistration } from '../../src/views/appeal-registration.ts';

const HOSTILE = `"><script>alert('x')</script>&`;

describe('attributes', () => {
  it('writes bare names for true, skips false and undefined, escapes values', () => {
    expect(attributes({ required: true, hidden: false, title: undefined, value: HOSTILE })).toBe(
      ` required value="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"`,
    );
  });
});

describe('describedBy', () => {
  it('points to the hint and the error, and marks the control invalid only with an error', () => {
    expect(describedBy('a', { hint: true, error: 'Wrong' })).toEqual({
      id: 'a',
      'aria-describedby': 'a-hint a-error',
      'aria-invalid': 'true',
    });
    expect(describedBy('a', { errorSlot: true })).toEqual({
      id: 'a',
      'aria-describedby': 'a-error',
      'aria-invalid': undefined,
    });
    expect(describedBy('a', {})['aria-describedby']).toBeUndefined();
  });
});

describe('errorMessage', () => {
  it('writes nothing without an error, a hidden slot when asked, the error escaped', () => {
    expect(errorMessage('a', undefined)).toBe('');
    expect(errorMessage('a', undefined, { slot: true })).toBe(
      '<p id="a-error" class="error-message" hidden></p>',
    );
    expect(errorMessage('a', HOSTILE)).not.toContain('<script>');
  });
});

describe('errorSummary', () => {
  it('links each error to its field and is hidden when there is none', () => {
    const html = errorSummary('There is a problem', [
      { text: 'Write the text', href: '#t' },
      { text: 'Try later' },
    ]);
    expect(html).toContain('<li><a href="#t">Write the text</a></li>');
    expect(html).toContain('<li>Try later</li>');
    expect(html).not.toMatch(/ hidden/);
    expect(errorSummary('There is a problem', [])).toMatch(/ hidden>/);
  });
});

describe('controls', () => {
  it('keep the shared classes and add the caller’s', () => {
    expect(input({ name: 'n', class: 'text-lg' })).toBe('<input name="n" class="input text-lg" />');
    expect(button('Send')).toBe('<button type="submit" class="button">Send</button>');
    expect(select({ name: 's' }, [{ value: 'a', label: 'A' }], 'a')).toContain(
      '<option value="a" selected>A</option>',
    );
  });
  it('put label, hint and error before the control', () => {
    const html = field({ id: 'f', label: 'L', hint: 'H', error: 'E', control: '<input id="f">' });
    expect(html.indexOf('<label for="f"')).toBeLessThan(html.indexOf('id="f-hint"'));
    expect(html.indexOf('id="f-hint"')).toBeLessThan(html.indexOf('id="f-error"'));
    expect(html.indexOf('id="f-error"')).toBeLessThan(html.indexOf('<input id="f">'));
  });
  it('check the chosen radio only', () => {
    const html = radios({
      id: 'k',
      name: 'k',
      legend: 'Kind',
      choices: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
      checked: 'b',
    });
    expect(html.match(/ checked/g)).toHaveLength(1);
    expect(html).toMatch(/value="b" class="size-6" checked/);
  });
});

describe('appeal form', () => {
  it('shows what was typed, escaped, with the errors linked from the summary', () => {
    const html = renderAppealForm({
      lang: 'en',
      districts: [{ id: 'almaly', name: 'Almaly' }],
      values: { text: HOSTILE, name: HOSTILE, district: 'almaly', consent: 'on' },
      errors: { text: 'appeal.error.textShort', form: 'appeal.error.form' },
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="#appeal-text"');
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"[^>]*>&quot;&gt;&lt;script/);
    expect(html).toMatch(/<option value="almaly" selected>Almaly<\/option>/);
    expect(html).toMatch(/name="consent"[^>]* checked/);
    expect(html.match(/data-error-for=/g)).toHaveLength(9);
  });
});

describe('registration receipt', () => {
  it('escapes every value', () => {
    const html = renderRegistration(
      (key) => key,
      { number: HOSTILE, accessCode: 'AB12', deadline: '1 Dec' },
      '/en/chief/status/',
      'h2',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('<h2 id="appeal-registered"');
  });
});
