/**
 * The finder page (src/pages/[lang]/finder/index.astro): loads the name index on first use and
 * the district shards an address needs (src/lib/finder/data.ts), suggests streets while typing (an ARIA combobox), answers an address with the area and
 * its inspectors, asks the browser for the position on request, and opens the interactive map
 * on request. Drawn with DOM methods, the inspectors' cards with the escaping view the pages use.
 */
import { geometryContains, type Geometry, type Position } from '../lib/finder/geo.ts';
import {
  detailsOf,
  lookup,
  matchStreets,
  resolve,
  shardsFor,
  shardsOfAreas,
  type AreaDetails,
  type FinderNames,
  type FinderShard,
  type LookupResult,
} from '../lib/finder/index.ts';
import { OTHER_NAME_KINDS, withOtherNames } from '../lib/finder/names.ts';
import { parseAddress } from '../lib/finder/parse.ts';
import { localeOr } from '../lib/format.ts';
import { routes } from '../lib/routes.ts';
import { fill } from '../lib/template.ts';
import { officerCard } from '../views/officer-card.ts';
import { writeLink } from '../views/write-link.ts';
import { splitAreaId } from '../lib/areas.ts';

const root = document.querySelector<HTMLElement>('[data-finder]');

if (root) {
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    fill(messages[key] ?? key, values);
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const result = root.querySelector<HTMLElement>('[data-finder-result]')!;

  const lang = localeOr(document.documentElement.lang);
  const getJson = <T>(url: string, fresh: boolean) =>
    fetch(url, fresh ? { cache: 'reload' } : {}).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<T>;
    });
  // The name index, loaded once; the shards, each once, as addresses need them.
  let names: Promise<FinderNames> | undefined;
  const fetching = new Map<string, Promise<FinderShard>>();
  const shards = new Map<string, FinderShard>();
  const index = (fresh = false) => (names ??= getJson<FinderNames>(root.dataset['index']!, fresh));
  const shard = (id: string, fresh: boolean) => {
    let found = fetching.get(id);
    if (!found) {
      found = getJson<FinderShard>(routes.finderShard(lang, id), fresh).then((s) => {
        shards.set(id, s);
        return s;
      });
      found.catch(() => fetching.delete(id));
      fetching.set(id, found);
    }
    return found;
  };
  /** The name index with the shards `need` names loaded (from fresh copies after a deploy). */
  async function ready(need: (index: FinderNames) => string[], fresh = false) {
    const found = await index(fresh);
    const loaded = await Promise.all(need(found).map((id) => shard(id, fresh)));
    if (loaded.every((s) => s.n === found.h)) return found;
    if (fresh) throw new Error('finder: the index and its shards differ');
    // Files of two builds (a deploy since the page was opened): load both anew.
    names = undefined;
    fetching.clear();
    shards.clear();
    return ready(need, true);
  }

  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Partial<HTMLElementTagNameMap[K]> = {},
    ...children: (Node | string)[]
  ) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  const cardLabels = { phone: say('inspectors.phone'), reception: say('inspectors.reception') };

  /** An area's card: its title, its inspectors and the way to write to them. */
  function areaCard(area: AreaDetails, id: string): HTMLElement {
    const card = el('article', { className: 'mt-4 border-t-4 border-sky pt-3' });
    card.append(el('h3', { className: 'text-xl' }, el('a', { href: area.url }, area.title)));
    if (area.officers.length === 0)
      card.append(el('p', { className: 'mt-2' }, say('finder.noOfficer')));
    for (const o of area.officers)
      card.insertAdjacentHTML(
        'beforeend',
        officerCard(o, cardLabels, { heading: 'p', class: 'mt-3' }),
      );
    const write = el('p', { className: 'mt-3' });
    write.innerHTML = writeLink(routes.writeToInspector(lang, id), say('write.link'), area.title);
    card.append(write);
    void neighbourhood(id).then((html) => html && card.insertAdjacentHTML('beforeend', html));
    return card;
  }

  /** Areas' priorities and next meetings, drawn at build, fetched once per district. */
  const districts = new Map<string, Promise<Record<string, string>>>();
  function neighbourhood(areaId: string): Promise<string | undefined> {
    const district = splitAreaId(areaId)?.district ?? areaId;
    let areas = districts.get(district);
    if (!areas) {
      areas = fetch(routes.neighbourhoodData(lang, district))
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
        .catch(() => ({}));
      districts.set(district, areas);
    }
    return areas.then((all) => all[areaId]);
  }

  /** Shows a heading (focused, so the answer is read out) and what follows it. */
  function show(heading: string, ...content: Node[]) {
    const h = el('h2', { className: 'text-2xl', tabIndex: -1 }, heading);
    result.replaceChildren(h, ...content);
    h.focus();
  }

  /** A street's current name, with the other name it was found by: "пр. Достык (бывш. пр. Ленина)". */
  function streetLabel(found: FinderNames, street: number, other?: number) {
    const [name, , , , others] = found.s[street]!;
    const by = other === undefined ? undefined : others?.[other];
    return withOtherNames(say, name, by ? [{ name: by[0], kind: OTHER_NAME_KINDS[by[1]]! }] : []);
  }

  function render(found: FinderNames, answer: LookupResult, typed: string) {
    const street = (i: number, other?: number) => streetLabel(found, i, other);
    const details = (a: number) => detailsOf(found, shards, a);
    const cards = (areas: number[]) => areas.map((a) => areaCard(details(a), found.a[a]!));
    const links = (areas: number[]) =>
      el(
        'ul',
        { className: 'mt-3 space-y-1' },
        ...areas.map((a) => el('li', {}, el('a', { href: details(a).url }, details(a).title))),
      );
    const house = (h: { number: number; letter?: string; fraction?: number; block?: string }) =>
      `${h.number}${h.letter ? h.letter.toUpperCase() : ''}${h.fraction ? `/${h.fraction}` : ''}`;
    switch (answer.kind) {
      case 'empty':
        return show(say('finder.empty'));
      case 'not-found':
        return show(
          say('finder.notFound', { query: typed }),
          el('p', {}, el('a', { href: '#finder-lists' }, say('finder.byListShort'))),
        );
      case 'choose': {
        const buttons = answer.streets.map((s, i) => {
          const b = el(
            'button',
            { type: 'button', className: 'min-h-11 border-2 border-navy px-4 font-bold' },
            street(s, answer.others[i]),
          );
          b.addEventListener('click', () => {
            const name = found.s[s]![0];
            input.value = answer.house ? `${name} ${house(answer.house)}` : name;
            render(found, resolve(found, shards, s, answer.house, answer.others[i]), input.value);
          });
          return el('li', {}, b);
        });
        return show(
          say('finder.choose'),
          el('ul', { className: 'mt-3 flex flex-wrap gap-2' }, ...buttons),
        );
      }
      case 'street':
        return show(
          say('finder.street', { street: street(answer.street, answer.other) }),
          links(answer.areas),
        );
      case 'no-house':
        return show(
          say('finder.noHouse', {
            street: street(answer.street, answer.other),
            house: house(answer.house),
          }),
          links(answer.areas),
        );
      case 'found':
        return show(
          say('finder.found', {
            street: street(answer.street, answer.other),
            house: house(answer.house),
          }),
          ...cards(answer.areas),
        );
      case 'corner': {
        const [a, b] = answer.streets.map((s, i) => street(s, answer.others[i]));
        return answer.areas.length
          ? show(say('finder.corner', { a: a!, b: b! }), ...cards(answer.areas))
          : show(say('finder.cornerNone', { a: a!, b: b! }), links(answer.along));
      }
    }
  }

  function failed() {
    show(say('finder.error'));
  }

  // Suggestions while typing: the streets that match what is typed before the house number.
  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  function closeList() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function highlight(i: number) {
    const all = options();
    active = (i + all.length) % all.length;
    all.forEach((o, j) => {
      o.setAttribute('aria-selected', String(j === active));
      o.classList.toggle('bg-sky-light', j === active);
    });
    input.setAttribute('aria-activedescendant', all[active]!.id);
  }
  function choose(option: HTMLLIElement) {
    const { house } = parseAddress(input.value);
    input.value = `${option.dataset['name']}${house ? ` ${input.value.slice(input.value.search(/\d+\s*\S*$/))}` : ' '}`;
    closeList();
    input.focus();
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      index()
        .then((found) => {
          const { street } = parseAddress(input.value);
          const matches = matchStreets(found, street, 8);
          if (
            matches.length === 0 ||
            (matches.length === 1 && found.s[matches[0]!.street]![0] === street)
          )
            return closeList();
          list.replaceChildren(
            ...matches.map((m, i) => {
              const option = el(
                'li',
                {
                  id: `finder-option-${i}`,
                  className: 'min-h-11 cursor-pointer px-3 py-2',
                },
                streetLabel(found, m.street, m.other),
              );
              option.setAttribute('role', 'option');
              option.setAttribute('aria-selected', 'false');
              option.dataset['name'] = found.s[m.street]![0];
              option.addEventListener('mousedown', (e) => {
                e.preventDefault();
                choose(option);
              });
              return option;
            }),
          );
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          active = -1;
        })
        .catch(closeList);
    }, 60);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(options()[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeList();
    }
  });
  input.addEventListener('blur', () => setTimeout(closeList, 100));
  input.addEventListener('focus', () => void index().catch(() => {}), { once: true });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    closeList();
    const typed = input.value;
    ready((found) => shardsFor(found, typed))
      .then((found) => render(found, lookup(found, shards, typed), typed))
      .catch(failed);
  });

  // "Use my location": the browser's position, then the area whose boundary contains it.
  root.querySelector('[data-locate]')!.addEventListener('click', () => {
    if (!('geolocation' in navigator)) return show(say('finder.noGeo'));
    show(say('finder.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const point: Position = [position.coords.longitude, position.coords.latitude];
        fetch(root.dataset['areas']!)
          .then(
            (r) =>
              r.json() as Promise<{
                features: { properties: { id: string }; geometry: Geometry }[];
              }>,
          )
          .then(async (areas) => {
            const here = areas.features
              .filter((f) => geometryContains(f.geometry, point))
              .map((f) => f.properties.id);
            const positions = (found: FinderNames) =>
              here.map((id) => found.a.indexOf(id)).filter((i) => i >= 0);
            const found = await ready((n) => shardsOfAreas(n, positions(n)));
            const ids = positions(found);
            if (ids.length === 0) return show(say('finder.outside'));
            show(
              say('finder.here'),
              ...ids.map((i) => areaCard(detailsOf(found, shards, i), found.a[i]!)),
            );
          })
          .catch(failed);
      },
      (error) =>
        show(say(error.code === error.PERMISSION_DENIED ? 'finder.geoDenied' : 'finder.noGeo')),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 },
    );
  });

  // The interactive map, loaded (with Leaflet and its styles) only when asked for.
  const openMap = document.querySelector<HTMLButtonElement>('[data-open-map]');
  const container = document.querySelector<HTMLElement>('[data-leaflet]');
  if (openMap && container) {
    openMap.addEventListener('click', () => {
      openMap.disabled = true;
      openMap.textContent = say('finder.mapLoading');
      container.hidden = false;
      import('./finder-map.ts')
        .then(({ showMap }) => showMap(container, root.dataset['areas']!, say('finder.mapNoTiles')))
        .then(() => (openMap.hidden = true))
        .catch(() => {
          container.hidden = true;
          openMap.disabled = false;
          failed();
        });
    });
  }
}
