/**
 * The staff desk's script (src/pages/[lang]/staff/index.astro): signs in, keeps the token for
 * this tab, and shows the queue, the spam list and appeals as the staff functions render them,
 * sending the action forms with the token. The functions check the token and the role on
 * every request; nothing here decides what a user may do.
 *
 * Sign-in: on the site, Netlify Identity (e-mail and password; loaded only when used). On a
 * developer's machine, a token from `npm run staff:token`, pasted or given in the link's
 * #token=… fragment.
 */
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { api } from '../lib/routes.ts';
import { AREA_LIST_ID, parseRoleStrings, scopeOf } from '../lib/staff-roles.ts';

const root = document.querySelector<HTMLElement>('[data-staff]');
const TOKEN_KEY = 'mps-staff-token';
/** What was typed in a form whose sending found the session ended, until it is shown again. */
const TYPED_KEY = 'mps-staff-typed';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

if (root) {
  const lang = root.dataset['lang'] ?? DEFAULT_LOCALE;
  const local = LOCAL_HOSTS.has(location.hostname);
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const signin = $('[data-signin]');
  const signinError = $('[data-signin-error]');
  const desk = $('[data-desk]');
  const view = $('[data-view]');
  const filters = $<HTMLFormElement>('[data-filters]');
  const loading = $('[data-loading]');
  // The page says the desk needs JavaScript until this script runs.
  $('[data-needs-script]').hidden = true;

  /** The current token: the local one of this tab, or Identity's cookie (kept fresh by it). */
  function token(): string | undefined {
    if (local) return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
    const match = /(?:^|;\s*)nf_jwt=([^;]+)/.exec(document.cookie);
    return match ? decodeURIComponent(match[1]!) : undefined;
  }

  /**
   * Who the token names and whether they see every appeal, for the header and for hiding what
   * an inspector cannot use (the spam list, the area filter); the server decides what they may do.
   */
  function tokenUser(jwt: string): { name: string; seesAll: boolean } {
    try {
      const bytes = atob(jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'));
      const payload = JSON.parse(
        new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0))),
      ) as {
        email?: string;
        user_metadata?: { full_name?: string };
        app_metadata?: { roles?: unknown };
      };
      return {
        name: payload.user_metadata?.full_name ?? payload.email ?? '',
        seesAll: scopeOf(parseRoleStrings(payload.app_metadata?.roles)).all,
      };
    } catch {
      return { name: '', seesAll: true };
    }
  }

  function showSignin(message?: string) {
    desk.hidden = true;
    signin.hidden = false;
    signinError.hidden = !message;
    signinError.textContent = message ?? '';
    $(`[data-signin-form="${local ? 'token' : 'identity'}"]`).hidden = false;
  }

  async function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    if (!local) await (await import('@netlify/identity')).logout().catch(() => {});
    view.replaceChildren();
    showSignin();
  }

  const formPath = (form: HTMLFormElement) => new URL(form.action).pathname;

  /** Keeps what was typed in `form` for this tab (the session ended while sending it). */
  function keepTyped(form: HTMLFormElement) {
    const values: [string, string][] = [];
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') values.push([name, value]);
    sessionStorage.setItem(TYPED_KEY, JSON.stringify({ path: formPath(form), values }));
  }

  /** Puts back what keepTyped() kept, into the same form once it is shown again. */
  function restoreTyped() {
    const kept = JSON.parse(sessionStorage.getItem(TYPED_KEY) ?? 'null') as {
      path: string;
      values: [string, string][];
    } | null;
    const form = kept
      ? [...view.querySelectorAll<HTMLFormElement>('form')].find((f) => formPath(f) === kept.path)
      : undefined;
    if (!kept || !form) return;
    for (const [name, value] of kept.values)
      for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        `[name="${CSS.escape(name)}"]`,
      )) {
        if (control instanceof HTMLInputElement && ['radio', 'checkbox'].includes(control.type))
          control.checked = control.value === value;
        else control.value = value;
      }
    sessionStorage.removeItem(TYPED_KEY);
  }

  /**
   * Fetches each photo of the view with the token and shows it as a data: URL, which the site's
   * policy allows for images (blob: it does not, and a policy of the desk's own would depend on
   * the order in which Netlify merges header rules).
   */
  function loadPhotos() {
    const jwt = token();
    for (const img of view.querySelectorAll<HTMLImageElement>('img[data-photo]')) {
      const failed = () => {
        const note = document.createElement('p');
        note.className = 'font-bold text-red-800';
        note.textContent = img.dataset['failed'] ?? '';
        img.replaceWith(note);
      };
      if (!jwt) return;
      fetch(img.dataset['photo']!, { headers: { Authorization: `Bearer ${jwt}` } })
        .then(async (response) => {
          if (!response.ok || response.headers.get('content-type') !== 'image/jpeg')
            return failed();
          const blob = await response.blob();
          const reader = new FileReader();
          reader.addEventListener('load', () => (img.src = String(reader.result)));
          reader.addEventListener('error', failed);
          reader.readAsDataURL(blob);
        })
        .catch(failed);
    }
  }

  /** Puts a fragment of the server into the view and moves focus to what it marks. */
  function show(html: string, focus: boolean) {
    view.innerHTML = html;
    restoreTyped();
    // Area names from the page's list of areas (the fragments carry ids).
    const areaNames = new Map(
      [...document.querySelectorAll<HTMLOptionElement>(`#${AREA_LIST_ID} option`)].map((o) => [
        o.value,
        o.text,
      ]),
    );
    for (const el of view.querySelectorAll<HTMLElement>('[data-area]'))
      el.textContent = areaNames.get(el.dataset['area'] ?? '') ?? el.textContent;
    loadPhotos();
    // District names from the filter's list (the fragments carry ids).
    const names = new Map(
      [...filters.querySelectorAll<HTMLOptionElement>('select[name="district"] option')].map(
        (o) => [o.value, o.text],
      ),
    );
    for (const el of view.querySelectorAll<HTMLElement>('[data-district]'))
      el.textContent = names.get(el.dataset['district'] ?? '') ?? el.textContent;
    if (focus) view.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  /**
   * Shows a failure next to the form that was sent, leaving the form and what was typed in it
   * as they are (a 20,000-character answer is not lost to a busy database or git host).
   */
  function keepForm(
    form: HTMLFormElement,
    failure: { fragment?: string; text?: string },
    focus: boolean,
  ) {
    form.querySelector('[data-desk-failure]')?.remove();
    const alert = document.createElement('div');
    alert.dataset['deskFailure'] = '';
    alert.setAttribute('role', 'alert');
    alert.tabIndex = -1;
    alert.className = 'mt-2 border-l-8 border-red-800 p-3 font-bold text-red-800';
    // Only the desk's own fragments are HTML; anything else (a platform error page) is not shown.
    if (failure.fragment !== undefined) alert.innerHTML = failure.fragment;
    else alert.textContent = failure.text ?? '';
    const kept = document.createElement('p');
    kept.textContent = root!.dataset['keptMessage'] ?? '';
    alert.append(kept);
    form.prepend(alert);
    const button = form.querySelector('button');
    if (button) button.disabled = false;
    if (focus) alert.focus();
  }

  async function request(
    url: string,
    init: RequestInit = {},
    focus = true,
    form?: HTMLFormElement,
  ) {
    const jwt = token();
    if (!jwt) return showSignin();
    loading.hidden = false;
    try {
      const response = await fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${jwt}` },
      });
      const text = await response.text();
      if (response.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        if (form) keepTyped(form);
        const message = new DOMParser().parseFromString(text, 'text/html').body.textContent;
        return showSignin(message?.trim() || undefined);
      }
      // The server answers an action with the appeal again (done, or the form with errors);
      // anything else is a failure that must not take the typed text away.
      if (form && ![200, 404, 422].includes(response.status)) {
        // The desk's fragments are HTML marked noindex; JSON and platform pages are not.
        const ours =
          (response.headers.get('content-type') ?? '').startsWith('text/html') &&
          (response.headers.get('x-robots-tag') ?? '').includes('noindex');
        return keepForm(
          form,
          ours ? { fragment: text } : { text: root!.dataset['failedMessage'] ?? '' },
          focus,
        );
      }
      show(text, focus);
    } catch {
      if (form) return keepForm(form, { text: root!.dataset['networkError'] ?? '' }, focus);
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.tabIndex = -1;
      alert.className = 'font-bold text-red-800';
      alert.textContent = root!.dataset['networkError'] ?? '';
      view.replaceChildren(alert);
      if (focus) alert.focus();
    } finally {
      loading.hidden = true;
    }
  }

  /** The queue (no number) or an appeal, in the desk's language. */
  const deskUrl = (number?: string, params = new URLSearchParams()) => {
    params.set('lang', lang);
    return `${number ? api.staffAppeal(number) : api.staffAppeals}?${params}`;
  };

  /** The view the address asks for: ?view=queue (default), spam, or an appeal's number. */
  function route(focus = true) {
    const view = new URLSearchParams(location.search).get('view') ?? 'queue';
    filters.hidden = view !== 'queue';
    if (view === 'spam')
      return request(deskUrl(undefined, new URLSearchParams({ list: 'spam' })), {}, focus);
    if (/^MPS-\d{4}-\d+$/i.test(view)) return request(deskUrl(view.toUpperCase()), {}, focus);
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(filters))
      if (typeof value === 'string' && value) params.set(name, value);
    return request(deskUrl(undefined, params), {}, focus);
  }

  /** Goes to another view of the desk without reloading the page. */
  function go(search: string) {
    if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
    void route();
  }

  function start() {
    const jwt = token();
    if (!jwt) return showSignin();
    signin.hidden = true;
    desk.hidden = false;
    const user = tokenUser(jwt);
    $('[data-user]').textContent = user.name;
    for (const el of root!.querySelectorAll<HTMLElement>('[data-sees-all]')) {
      el.hidden = !user.seesAll;
      // A hidden filter filters nothing.
      for (const s of el.querySelectorAll('select')) if (!user.seesAll) s.value = '';
    }
    void route(false);
  }

  // A sign-in link from `npm run staff:token`: keep the token, drop it from the address bar.
  const fromLink = /^#token=([\w.-]+)$/.exec(location.hash);
  if (fromLink && local) {
    sessionStorage.setItem(TOKEN_KEY, fromLink[1]!);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }

  $<HTMLFormElement>('[data-signin-form="token"]').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = String(new FormData(event.target as HTMLFormElement).get('token') ?? '').trim();
    sessionStorage.setItem(TOKEN_KEY, value);
    start();
  });
  $<HTMLFormElement>('[data-signin-form="identity"]').addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    import('@netlify/identity')
      .then(({ login }) => login(String(data.get('email')), String(data.get('password'))))
      .then(start)
      .catch((error: unknown) =>
        showSignin(error instanceof Error ? error.message : String(error)),
      );
  });
  $('[data-signout]').addEventListener('click', () => void signOut());
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    go('?view=queue');
  });
  // Links between the desk's views (?view=…) stay in the page.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="?view="]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go(link.getAttribute('href')!);
  });
  filters.addEventListener('reset', () => setTimeout(() => void route(), 0));
  // The action forms of an appeal: sent with the token, answered with the appeal again.
  view.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches('[data-desk-action]')) return;
    event.preventDefault();
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') body.append(name, value);
    const url = new URL(form.action);
    url.searchParams.set('lang', lang);
    void request(
      url.pathname + url.search,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      },
      true,
      form,
    );
  });
  window.addEventListener('popstate', () => void route());
  start();
}
