/**
 * An inspector's card, drawn once: the directory and district pages
 * (src/components/OfficerCard.astro), the finder's answer in the browser
 * (src/scripts/finder.ts) and the CMS preview (src/cms/previews.ts) all call this. Every
 * value is escaped.
 */
import { escapeHtml } from '../lib/html.ts';
import { telHref } from '../lib/phone.ts';
import { attributes } from './html.ts';

export interface OfficerCardData {
  name: string;
  /** The officer's profile page. */
  url: string;
  /** The rank, in words. */
  rank: string;
  /** A picture 96 × 120 px; the card is drawn without one when missing. */
  photo?: string | undefined;
  photoAlt: string;
  /** The numbers shown, in order. */
  phones: readonly string[];
  /** The areas served, as links (left out under an area's own heading). */
  areas?: readonly { label: string; url: string }[];
  /** The reception hours, when the card shows them. */
  hours?: string | undefined;
  /** The police point, in words. */
  point: string;
}

/** UI words of the card, in the page's language. */
export interface OfficerCardLabels {
  phone: string;
  reception: string;
}

export interface OfficerCardOptions {
  /** The element of the name: a heading of the page's outline, or a paragraph under one. */
  heading: 'h2' | 'h3' | 'h4' | 'p';
  /** A class on the card's frame. */
  class?: string;
  /** The card's language, when it differs from the page's (the CMS preview). */
  lang?: string;
}

const link = (href: string, text: string, attrs = '') =>
  `<a href="${escapeHtml(href)}"${attrs}>${escapeHtml(text)}</a>`;

export function officerCard(
  o: OfficerCardData,
  labels: OfficerCardLabels,
  options: OfficerCardOptions,
): string {
  const { heading } = options;
  const nameClass = heading === 'p' ? 'text-lg font-bold' : 'text-lg';
  const photo = o.photo
    ? `<img${attributes({ src: o.photo, alt: o.photoAlt, width: 96, height: 120, loading: 'lazy', decoding: 'async', class: 'h-30 w-24 shrink-0 bg-panel object-cover' })} />`
    : '';
  const phones = o.phones
    .map((p) => link(telHref(p), p, ' class="inline-flex min-h-6 items-center font-bold"'))
    .join(', ');
  const areas = o.areas?.length
    ? `${o.areas.map((a) => link(a.url, a.label)).join(', ')} · ${escapeHtml(o.point)}`
    : escapeHtml(o.point);
  const hours = o.hours
    ? `<p class="mt-1">${escapeHtml(labels.reception)}: ${escapeHtml(o.hours)}</p>`
    : '';
  return `<article${attributes({ class: `flex flex-wrap gap-4 ${options.class ?? 'border border-line bg-white p-4'}`, lang: options.lang })}>${photo}<div class="min-w-0">
<${heading} class="${nameClass}">${link(o.url, o.name)}</${heading}>
<p class="text-sm text-muted">${escapeHtml(o.rank)}</p>
<p class="mt-2"><span class="sr-only">${escapeHtml(labels.phone)}:</span> ${phones}</p>${hours}
<p class="mt-1 text-sm">${areas}</p>
</div></article>`;
}
