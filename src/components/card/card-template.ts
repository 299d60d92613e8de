/**
 * The markup of one card, shared by `<news-card>` and `<news-rail>`. A rail renders its cards with
 * these functions straight into its own shadow root, styled by the same `cardStyles`, so a rail of
 * a thousand cards costs a thousand template clones rather than a thousand elements with shadow
 * roots of their own (bench/rail.js measures both).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleRef } from '../../format/types.js';
import { formatDate, formatRelativeTime } from '../../i18n/dates.js';
import { srcsetOf } from '../figure/image-text.js';

/** How a card is laid out: thumbnail beside the text, thumbnail above it, or the headline alone. */
export const CARD_VARIANTS = ['horizontal', 'vertical', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/** How a card shows its date: "3 giờ trước", "15/7/2020", or not at all. */
export const CARD_TIME_STYLES = ['relative', 'absolute', 'none'] as const;
export type CardTimeStyle = (typeof CARD_TIME_STYLES)[number];

/** `value` when it is one of `allowed`, else `fallback`: attributes come from pages, unchecked. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/** A heading level from an attribute: a whole number from 1 to 6, else `fallback`. */
export function headingLevelOf(value: unknown, fallback: number): number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6 ? (value as number) : fallback;
}

/** What one card shows, worked out once per article, so that rendering it is only bindings. */
export interface CardView {
  item: ArticleRef;
  /** The link's URL, with any tracking parameters already added. */
  href: string;
  /** The date as text, "" when it is not shown. */
  time: string;
  /** The thumbnail's alternative text: "" when it would only repeat the headline. */
  alt: string;
  /** The thumbnail's `srcset`, when the image lists sizes. */
  srcset?: string;
}

export interface CardViewOptions {
  /** The language of the date. */
  lang: string;
  time: CardTimeStyle;
  /** The link's URL; default the item's own. */
  href?: string;
  /** "Now" for relative dates; default the current time. */
  now?: number;
}

/** The view of `item` for `renderCard`: its link, its date as text in `lang`, its thumbnail's alt. */
export function cardView(item: ArticleRef, { lang, time, href = item.url, now = Date.now() }: CardViewOptions): CardView {
  const { image, publishedAt, title } = item;
  return {
    item,
    href,
    time: publishedAt === undefined || time === 'none' ? '' : formatTime(publishedAt, lang, time, now),
    alt: image === undefined || image.alt === '' || sameText(image.alt, title) ? '' : image.alt,
    srcset: (image && srcsetOf(image)) || undefined,
  };
}

function formatTime(iso: string, lang: string, style: CardTimeStyle, now: number): string {
  return style === 'relative' ? formatRelativeTime(iso, lang, now) : formatDate(iso, lang);
}

/** True when two texts read the same (case, spacing and Unicode composition aside). */
function sameText(a: string, b: string): boolean {
  const simplify = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return simplify(a) === simplify(b);
}

export interface CardOptions {
  variant: CardVariant;
  /** The level the headline has in the page's outline (`aria-level`). */
  headingLevel: number;
  /** The link's `target`; any target opens with `rel="noopener"`. */
  target?: string;
  /** The card's role: an `article` on its own, a `listitem` in a rail's list. */
  role: 'article' | 'listitem';
}

/**
 * One card. It has exactly one link, the headline; its `::after` covers the card, so a click
 * anywhere on the card follows that link, and the card's focus ring is drawn around it. The
 * variant's look comes from a class on an ancestor (`horizontal`, `vertical`, `compact`): a rail
 * sets it once on its list.
 *
 * The card is one template: no whitespace between tags (each `>` starts the next line), the
 * `<img>` always there (hidden without a `src`), its root the list item itself in a rail. A rail
 * renders a thousand of these, and every nested template, text node and comment marker showed in
 * bench/.
 */
export function renderCard(view: CardView, { variant, headingLevel, target, role }: CardOptions): TemplateResult {
  const { item, href } = view;
  const rel = target ? 'noopener' : nothing;
  if (variant === 'compact') {
    return html`<div part="card" class="card" role=${role}
      ><p part="headline" class="headline"
        ><a part="title" class="title" href=${href} target=${target || nothing} rel=${rel}>${item.title}</a
      ></p
    ></div>`;
  }
  const { image } = item;
  // `sizes="auto"` lets the browser pick from `srcset` by the width the image is laid out at; the
  // fixed size after it is for browsers without it.
  return html`<div part="card" class="card" role=${role}
    ><div part="media" class="media"
      ><img part="image" class="image" src=${ifDefined(image?.src)} alt=${view.alt} width=${ifDefined(image?.width)}
        height=${ifDefined(image?.height)} srcset=${ifDefined(view.srcset)} sizes=${ifDefined(view.srcset && 'auto, 20rem')}
        loading="lazy" decoding="async"
    /></div
    ><div class="text"
      ><p part="meta" class="meta"
        ><span part="section" class="section">${item.section ?? ''}</span
        ><time part="time" class="time" datetime=${item.publishedAt ?? nothing}>${view.time}</time
      ></p
      ><div part="headline" class="headline" role="heading" aria-level=${headingLevel}
        ><a part="title" class="title" href=${href} target=${target || nothing} rel=${rel}>${item.title}</a
      ></div
      ><p part="summary" class="summary">${item.summary ?? ''}</p
    ></div
  ></div>`;
}

/**
 * A card's stand-in while its data loads: the same boxes with the same reserved sizes as a real
 * card of that variant (whose class is on an ancestor, as for `renderCard`), so nothing moves
 * when the real one replaces it.
 */
export function renderCardSkeleton(variant: CardVariant): TemplateResult {
  if (variant === 'compact') {
    return html`<div part="card skeleton" class="card skeleton"><p class="headline"></p></div>`;
  }
  return html`<div part="card skeleton" class="card skeleton">
    <div part="media" class="media"></div>
    <div class="text"><p class="meta"></p><div class="headline"></div><p class="summary"></p></div>
  </div>`;
}

/** The headline link a click landed on, if it landed on a card (whose link covers it). */
export function cardLinkOf(event: Event): HTMLAnchorElement | undefined {
  return event
    .composedPath()
    .find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement && target.classList.contains('title'));
}

/**
 * Hides a thumbnail that fails to load, leaving the card's placeholder box in its place instead of
 * a broken-image icon; a later successful load (a new `src`) shows it again. One pair of
 * capturing listeners on the root serves every card in it (`error` and `load` do not bubble).
 */
export function hideBrokenImages(root: Node): void {
  const mark = (event: Event) => {
    const image = event.target;
    if (image instanceof HTMLImageElement) image.classList.toggle('failed', event.type === 'error');
  };
  root.addEventListener('error', mark, true);
  root.addEventListener('load', mark, true);
}
