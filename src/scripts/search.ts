/**
 * Site search in the browser with Pagefind. Each language has its own bundle
 * (scripts/build-search.ts), named by the form's data-engine, so a search on /ru/search/
 * finds Russian pages only. The index and its engine load only when someone searches.
 */
import { fill } from '../lib/template.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

/** Pagefind marks hits with <mark>; rebuild that as DOM nodes, everything else as text. */
export function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (hit ? hit[1]! : part).replace(/<[^>]*>/g, '');
    const decoded = new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
    if (!hit) return document.createTextNode(decoded);
    const mark = document.createElement('mark');
    mark.textContent = decoded;
    return mark;
  });
}

export async function runSearch() {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !status || !list) return;
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, string>;
  const engine = form.dataset['engine'];
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const query = new URLSearchParams(location.search).get('q')?.trim().slice(0, 200) ?? '';
  if (!engine || !input || !query) return;
  input.value = query;
  status.textContent = messages['loading'] ?? '';
  try {
    const pagefind = (await import(/* @vite-ignore */ engine)) as Pagefind;
    const { results } = await pagefind.search(query);
    const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...top.map((r) => {
        const li = document.createElement('li');
        const h2 = document.createElement('h2');
        h2.className = 'text-xl font-bold';
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        h2.append(a);
        const p = document.createElement('p');
        p.append(...excerptNodes(r.excerpt));
        li.append(h2, p);
        return li;
      }),
    );
    status.textContent =
      results.length === 0
        ? fill(messages['noResults'] ?? '', { query })
        : fill(messages['results'] ?? '', { query, count: results.length });
  } catch {
    status.textContent = messages['error'] ?? '';
  }
}
