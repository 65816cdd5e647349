import { describe, expect, it } from 'vitest';
import { LOCALES, useTranslations } from '../../src/i18n/index.ts';
import { api } from '../../src/lib/routes.ts';
import { renderAnswerFeedback, renderFeedbackRefused } from '../../src/views/answer-feedback.ts';

const answered = { number: 'MPS-2026-000123', status: 'answered' as const, helpful: null };

describe('the status page’s "Was this answer helpful?"', () => {
  it.each(LOCALES)('asks in %s with a POST form carrying the number and the code', (lang) => {
    const t = useTranslations(lang);
    const html = renderAnswerFeedback(t, lang, { ...answered, code: 'ABCD-EFGH-JKMN' });
    expect(html).toContain(`<form method="post" action="${api.answerFeedback}"`);
    expect(html).toContain('<input type="hidden" name="number" value="MPS-2026-000123" />');
    expect(html).toContain('<input type="hidden" name="code" value="ABCD-EFGH-JKMN" />');
    expect(html).toContain(`<input type="hidden" name="lang" value="${lang}" />`);
    expect(html).toMatch(/<fieldset aria-describedby="answer-feedback-hint">\s*<legend/);
    expect(html).toContain(t('feedback.legend'));
    expect(html).toContain(`name="helpful" value="yes" class="button px-8">${t('feedback.yes')}`);
    expect(html).toContain(`name="helpful" value="no" class="button px-8">${t('feedback.no')}`);
    expect(html).not.toContain('?code=');
  });

  it('escapes what it is given', () => {
    const html = renderAnswerFeedback(useTranslations('en'), 'en', {
      ...answered,
      code: '"><script>x</script>',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('offers no form without the code, before the answer, or once rated', () => {
    const t = useTranslations('ru');
    expect(renderAnswerFeedback(t, 'ru', answered)).toBe('');
    expect(renderAnswerFeedback(t, 'ru', { ...answered, status: 'in-progress', code: 'C' })).toBe(
      '',
    );
    const rated = renderAnswerFeedback(t, 'ru', { ...answered, helpful: false, code: 'C' });
    expect(rated).not.toContain('<form');
    expect(rated).toContain('data-helpful="no"');
    expect(rated).toContain('Вы отметили, что ответ не был полезен. Спасибо!');
    expect(rated).not.toContain(t('feedback.already'));
  });

  it('says a second rating changed nothing, and why an early one was not taken', () => {
    const t = useTranslations('kk');
    const again = renderAnswerFeedback(t, 'kk', {
      ...answered,
      helpful: true,
      notice: 'already-rated',
    });
    expect(again).toContain(t('feedback.thanks.yes'));
    expect(again).toContain(t('feedback.already'));
    const early = renderAnswerFeedback(t, 'kk', {
      ...answered,
      status: 'registered',
      notice: 'not-answered',
    });
    expect(early).toContain('role="alert"');
    expect(early).toContain(t('feedback.notAnswered'));
    expect(renderFeedbackRefused(t, '/kk/chief/status/')).toContain(t('feedback.error.choice'));
  });
});
