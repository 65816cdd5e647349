/**
 * The quick exit (src/components/QuickExit.astro, docs/quick-exit.md). Without this script the
 * button and the skip link are plain links to the neutral page. With it, following either of
 * them, or pressing Shift three times (the rule is src/lib/quick-exit.ts), blanks the page at
 * once and replaces it in the history with the neutral page, sending no referrer, so that Back
 * does not return to it. The count of presses is announced and shown on the button.
 */
import { DRAFT_KEY } from '../lib/appeal-fields.ts';
import { fill } from '../lib/template.ts';
import {
  countShift,
  NO_PRESSES,
  QUICK_EXIT_PAUSE_MS,
  QUICK_EXIT_PRESSES,
  type ShiftCount,
} from '../lib/quick-exit.ts';

const root = document.querySelector<HTMLElement>('[data-quick-exit]');
const button = root?.querySelector<HTMLAnchorElement>('[data-quick-exit-link]');
const status = root?.querySelector<HTMLElement>('[data-quick-exit-status]');
const dots = root?.querySelector<HTMLElement>('[data-quick-exit-dots]');

if (root && button && status && dots) {
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Record<
    'pressed' | 'cancelled' | 'leaving',
    string
  >;
  const hint = document.getElementById('quick-exit-hint');
  if (hint) button.setAttribute('aria-describedby', hint.id);
  let count: ShiftCount = NO_PRESSES;
  let expiry: number | undefined;
  let clearing: number | undefined;
  let overlay: HTMLElement | undefined;
  const title = document.title;

  const say = (text: string) => {
    window.clearTimeout(clearing);
    status.textContent = text;
    // An old message is not left for a screen reader to find later.
    if (text) clearing = window.setTimeout(() => say(''), QUICK_EXIT_PAUSE_MS);
  };
  const showPresses = (presses: number) => {
    dots.hidden = presses === 0;
    dots.querySelectorAll('span').forEach((dot, i) => dot.toggleAttribute('data-on', i < presses));
  };

  const leave = () => {
    window.clearTimeout(expiry);
    say('');
    // What was typed into an appeal form may say where someone lives or what happened to them.
    try {
      for (const key of Object.keys(localStorage))
        if (key.startsWith(DRAFT_KEY)) localStorage.removeItem(key);
    } catch {
      // Storage may be off: then there is no draft either.
    }
    // Nothing of the page stays on the screen (or in the tab's title) while the next one loads.
    overlay = document.createElement('div');
    overlay.className = 'quick-exit-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    document.body.classList.add('quick-exit-leaving');
    overlay.textContent = messages.leaving;
    document.title = messages.leaving;
    // A meta inserted now applies to this navigation: the neutral site learns nothing.
    const referrer = document.createElement('meta');
    referrer.name = 'referrer';
    referrer.content = 'no-referrer';
    document.head.append(referrer);
    window.location.replace(button.href);
  };

  const follow = (event: MouseEvent) => {
    // A click that opens a new tab or window leaves this page where it is: let it be.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    leave();
  };
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-quick-exit-link]'))
    link.addEventListener('click', follow);

  document.addEventListener(
    'keyup',
    (event) => {
      const next = countShift(count, event, Date.now());
      count = next.state;
      if (next.outcome === 'none') return;
      window.clearTimeout(expiry);
      if (next.outcome === 'exit') {
        showPresses(QUICK_EXIT_PRESSES);
        leave();
      } else if (next.outcome === 'counted') {
        showPresses(count.presses);
        say(fill(messages.pressed, { count: count.presses, total: QUICK_EXIT_PRESSES }));
        expiry = window.setTimeout(() => {
          count = NO_PRESSES;
          showPresses(0);
          say(messages.cancelled);
        }, QUICK_EXIT_PAUSE_MS);
      } else {
        showPresses(0);
        say(messages.cancelled);
      }
    },
    true,
  );

  // A page brought back from the browser's cache is shown again as it was before leaving.
  window.addEventListener('pageshow', () => {
    document.body.classList.remove('quick-exit-leaving');
    overlay?.remove();
    overlay = undefined;
    document.title = title;
    count = NO_PRESSES;
    showPresses(0);
    say('');
  });
}
