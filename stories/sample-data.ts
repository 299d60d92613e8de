// The demo's sample data, shared by the stories (the images are served at /data/images/).
import type { Article, Feed, Image } from '../src/format/types.js';
import articleJson from '../demo/data/articles/ha-noi-ket-hop-dien-va-diem.json';
import nenXemJson from '../demo/data/feeds/nen-xem.json';

export const sampleArticle = articleJson as unknown as Article;
export const nenXem = nenXemJson as unknown as Feed;
export const SAMPLE_ARTICLE_URL = '/data/articles/ha-noi-ket-hop-dien-va-diem.json';

export const leadImage = sampleArticle.image as Image;
export const galleryBlock = sampleArticle.body.find((block) => block.type === 'gallery') as { images: Image[]; caption?: string };

/** A headline long enough to wrap three times, with every Vietnamese diacritic stacked high. */
export const LONG_HEADLINE =
  'Ủy ban nhân dân thành phố Hà Nội yêu cầu các quận, huyện, thị xã đẩy nhanh tiến độ giải phóng mặt bằng, hoàn thành dứt điểm những dự án trọng điểm trước quý IV năm 2025 để kịp thời đưa vào sử dụng';

/** An image that fails to decode without a network request (so the console stays clean). */
export const BROKEN_IMAGE_SRC = 'data:image/png;base64,AAAA';
