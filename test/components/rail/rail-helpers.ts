// What the <news-rail> tests share: sample headlines and ways to look inside a rail.
import { oneEvent } from '@open-wc/testing';
import '../../../src/components/rail/news-rail.js';
import type { NewsRail } from '../../../src/components/rail/rail.js';
import type { ArticleRef } from '../../../src/format/types.js';

/** Where the feed fixtures are served. */
export const FEEDS = '/test/fixtures/feeds-rail';

const IMAGES = [
  'phat-huy-gia-tri-canh-quan-khong-gian-ho-guom',
  'moi-cong-dan-thu-do-phai-tro-thanh-mot-cong-dan-so',
  'tao-san-choi-the-thao-cho-doan-vien-nguoi-lao-dong',
  'thoi-gian-nguoi-lao-dong-duoc-nghi-duong-suc-sau-om-dau',
];

/** `count` headlines with their own ids and URLs ("bai-1" …), published an hour apart. */
export function headlines(count: number, prefix = 'bai'): ArticleRef[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index + 1}`,
    url: `https://tin-thu-do.example/${prefix}/${index + 1}.html`,
    title: `Tin số ${index + 1}: Hà Nội đẩy mạnh chuyển đổi số ở phường, xã`,
    summary: 'Thành phố đặt mục tiêu mọi thủ tục hành chính được giải quyết trực tuyến.',
    image: { src: `/data/images/${IMAGES[index % IMAGES.length]}.svg`, alt: '', width: 480, height: 320 },
    section: 'Hà Nội',
    publishedAt: new Date(Date.now() - (index + 1) * 3_600_000).toISOString(),
  }));
}

export function part(el: NewsRail, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The rail's cards, in order (skeletons are not in the list). */
export function cards(el: NewsRail): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('#list > [part~="card"]')];
}

/** The cards' headline links. */
export function links(el: NewsRail): HTMLAnchorElement[] {
  return cards(el).map((card) => card.querySelector<HTMLAnchorElement>('[part~="title"]')!);
}

export function titles(el: NewsRail): string[] {
  return links(el).map((link) => link.textContent!);
}

/** The text of the live region, which announces what "See more" did. */
export function announcement(el: NewsRail): string {
  return el.shadowRoot!.querySelector('[role="status"].live')!.textContent!.trim();
}

/** Waits for the rail's data (its first page) to load and be shown. */
export async function loaded(el: NewsRail): Promise<void> {
  await oneEvent(el, 'news-load');
  await el.updateComplete;
}

/**
 * Stops any navigation while a test clicks links (the test page must stay), and records for each
 * click whether the page would have followed it.
 */
export function watchNavigation() {
  const followed: boolean[] = [];
  const onClick = (event: MouseEvent) => {
    followed.push(!event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', onClick);
  return { followed, stop: () => document.removeEventListener('click', onClick) };
}
