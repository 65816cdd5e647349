/**
 * The panel of the version for the visually impaired (src/components/ViPanel.astro): applies
 * each setting at once as a data-vi-* attribute of <html>, keeps the settings in localStorage
 * (/vi-init.js (src/pages/vi-init.js.ts) applies them on the next page before it is painted), shows the alt text
 * in place of images when images are off, and reads the page aloud with the browser's speech
 * synthesis in the page's language.
 */
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import {
  readViSettings,
  VI_DEFAULTS,
  VI_SETTINGS,
  VI_STORAGE_KEY,
  type ViSetting,
  type ViSettings,
} from '../lib/vi-settings.ts';

const root = document.documentElement;
const controls = document.querySelector<HTMLElement>('[data-vi-controls]');
const panel = document.querySelector<HTMLElement>('[data-vi-panel]');

function current(): ViSettings {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(VI_STORAGE_KEY);
  } catch {
    // Storage blocked: settings last for this page only.
  }
  return { ...VI_DEFAULTS, ...readViSettings(stored) };
}

/** Alt text in place of each image while images are off. */
function altTexts(show: boolean) {
  for (const img of document.querySelectorAll<HTMLImageElement>('main img[alt], header img[alt]')) {
    const next = img.nextElementSibling;
    const has = next?.classList.contains('vi-alt');
    if (show && !has && img.alt) {
      const span = document.createElement('span');
      span.className = 'vi-alt';
      span.textContent = img.alt;
      img.after(span);
    } else if (!show && has) next!.remove();
  }
}

function apply(settings: ViSettings) {
  for (const key of Object.keys(VI_SETTINGS) as ViSetting[]) {
    if (settings[key] === VI_DEFAULTS[key]) root.removeAttribute(`data-vi-${key}`);
    else root.setAttribute(`data-vi-${key}`, settings[key]);
  }
  altTexts(settings.images === 'off');
  const changed = (Object.keys(VI_SETTINGS) as ViSetting[]).some(
    (k) => settings[k] !== VI_DEFAULTS[k],
  );
  const normal = controls?.querySelector<HTMLElement>('[data-vi-normal]');
  if (normal) normal.hidden = !changed;
}

function save(settings: ViSettings) {
  try {
    localStorage.setItem(VI_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Not kept, still applied.
  }
  apply(settings);
}

if (controls && panel) {
  const toggle = controls.querySelector<HTMLButtonElement>('[data-vi-toggle]')!;
  const choices = panel.querySelector<HTMLElement>('[data-vi-choices]')!;
  const status = panel.querySelector<HTMLElement>('[data-vi-speech-status]')!;

  const sync = () => {
    const settings = current();
    for (const key of Object.keys(VI_SETTINGS) as ViSetting[])
      for (const input of choices.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`))
        input.checked = input.value === settings[key];
    apply(settings);
  };
  sync();

  const open = (show: boolean) => {
    panel.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    if (show) panel.querySelector<HTMLElement>('#vi-panel-title')?.focus();
    else toggle.focus();
  };
  toggle.addEventListener('click', () => open(panel.hidden === true));
  panel.querySelector('[data-vi-close]')!.addEventListener('click', () => open(false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') open(false);
  });
  choices.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    save({ ...current(), [input.name]: input.value });
  });
  const reset = () => {
    save({ ...VI_DEFAULTS });
    sync();
  };
  panel.querySelector('[data-vi-reset]')!.addEventListener('click', reset);
  controls.querySelector('[data-vi-normal]')!.addEventListener('click', () => {
    reset();
    open(false);
  });
  // Another tab changed the settings.
  window.addEventListener('storage', (event) => {
    if (event.key === VI_STORAGE_KEY) sync();
  });

  // Read aloud: the selected text, or the main content, in the page's language.
  const say = (key: string) => {
    status.textContent = panel.dataset[key] ?? '';
  };
  const voiceFor = (lang: string) => {
    const voices = speechSynthesis.getVoices();
    return (
      voices.find((v) => v.lang.toLowerCase().startsWith(lang)) ??
      voices.find((v) => v.lang.toLowerCase().startsWith(`${lang}-`))
    );
  };
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-vi-speak]');
    if (!button) return;
    const action = button.dataset['viSpeak'];
    if (!('speechSynthesis' in window)) return say('noVoice');
    if (action === 'stop') {
      speechSynthesis.cancel();
      return say('stopped');
    }
    if (action === 'pause') {
      if (speechSynthesis.speaking) speechSynthesis.pause();
      return say('paused');
    }
    if (speechSynthesis.paused) {
      speechSynthesis.resume();
      return say('reading');
    }
    const lang = root.lang || DEFAULT_LOCALE;
    const voice = voiceFor(lang);
    if (!voice) return say('noVoice');
    const text = (
      window.getSelection()?.toString() ||
      document.querySelector('main')?.innerText ||
      ''
    ).trim();
    if (!text) return say('noText');
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('end', () => say('stopped'));
    speechSynthesis.speak(utterance);
    say('reading');
  });
}
