import { expect } from '@open-wc/testing';
import { parseGallery } from '../../src/format/index.js';
import { errorPaths, expectOk } from './expect-result.js';

const PHOTO = { src: 'anh/cau-long-bien.jpg', alt: 'Cầu Long Biên lúc bình minh', caption: 'Cầu Long Biên' };

describe('parseGallery', () => {
  it('reads photos and a caption from a value or its JSON text, links resolved against the base URL', () => {
    const options = { baseUrl: 'https://news.example/bai/' };
    for (const input of [{ images: [PHOTO], caption: 'Quang cảnh' }, JSON.stringify({ images: [PHOTO], caption: 'Quang cảnh' })]) {
      const { value } = expectOk(parseGallery(input, options));
      expect(value.caption).to.equal('Quang cảnh');
      expect(value.images.map((image) => image.src)).to.deep.equal(['https://news.example/bai/anh/cau-long-bien.jpg']);
    }
  });

  it('allows no photos (the gallery shows its empty state) but not a missing list or a photo without alt', () => {
    expect(expectOk(parseGallery({ images: [] })).value).to.deep.equal({ images: [] });
    expect(errorPaths(parseGallery({ caption: 'Không có ảnh' }))).to.deep.equal(['images']);
    expect(errorPaths(parseGallery({ images: [{ src: 'a.jpg' }] }))).to.deep.equal(['images[0].alt']);
  });

  it('never lets a javascript: URL through as a photo', () => {
    expect(errorPaths(parseGallery({ images: [{ ...PHOTO, src: 'javascript:alert(1)' }] }))).to.deep.equal(['images[0].src']);
  });
});
