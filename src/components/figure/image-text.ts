import { html, nothing } from 'lit';
import type { Image } from '../../format/types.js';
import type { LocalizeController } from '../../i18n/localize.js';

/**
 * The alt text worth reading aloud: "" when the alt is empty, only repeats the caption (which the
 * figure reads already), or is a file name or camera code rather than words — every word holds a
 * digit ("4201 2b389c6e81347d6a2425", "IMG_1234") or it ends like a file ("anh-dai-dien.jpg").
 */
export function spokenAlt({ alt, caption }: Image): string {
  const text = alt.trim();
  const words = text.split(/\s+/);
  if (words.every((word) => /\d/.test(word)) || /\.(?:avif|gif|jpe?g|png|svg|webp)$/i.test(text)) return '';
  return caption !== undefined && comparable(text) === comparable(caption) ? '' : text;
}

/** Text as a reader hears it: no case, no spacing or closing punctuation differences. */
function comparable(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?…]+$/, '').trim();
}

/** The `srcset` attribute for an image's sources, if it has any. */
export function srcsetOf({ srcset }: Image): string | undefined {
  return srcset?.map(({ src, width }) => `${src} ${width}w`).join(', ');
}

/** The caption, then the credit with its prefix as real text ("Ảnh: Hoàng Phúc"), as parts. */
export function renderCaption({ caption, credit }: Image, localize: LocalizeController) {
  return html`${caption ? html`<span part="caption" class="caption">${caption}</span>` : nothing}
  ${credit ? html`<span part="credit" class="credit">${localize.term('photoCredit')} ${credit}</span>` : nothing}`;
}
