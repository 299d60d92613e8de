// <news-rail> fed by each feed format, from the realistic fixtures in test/fixtures/feeds-rail/.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { NewsRail } from '../../../src/components/rail/rail.js';
import { cards, FEEDS, links, loaded, part, titles } from './rail-helpers.js';

const feedUrl = (file: string) => new URL(`${FEEDS}/${file}`, document.baseURI).href;

describe('<news-rail>', () => {
  let warnings: string[];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = warn;
  });

  async function railFrom(file: string): Promise<NewsRail> {
    const el = fixtureSync<NewsRail>(html`<news-rail src=${`${FEEDS}/${file}`}></news-rail>`);
    await loaded(el);
    return el;
  }

  describe('properties', () => {
    it('shows an RSS 2.0 feed: CDATA and entities read, relative links resolved against the feed', async () => {
      const el = await railFrom('rss.xml');
      expect(part(el, 'heading')!.textContent).to.equal('Tin Hà Nội – Thời sự');
      expect(titles(el)).to.deep.equal([
        'Phát huy giá trị cảnh quan không gian “hồ Gươm”',
        'Mỗi công dân Thủ đô phải trở thành một "công dân số" & sống số',
        'Triển khai các giải pháp thúc đẩy tăng trưởng kinh tế Thủ đô năm 2025',
      ]);
      expect(links(el).map((link) => link.href)).to.deep.equal([
        feedUrl('bai-viet/phat-huy-gia-tri-canh-quan-khong-gian-ho-guom.html'),
        'https://tin-thu-do.example/bai-viet/moi-cong-dan-thu-do-phai-tro-thanh-mot-cong-dan-so.html?utm_source=rss',
        'https://tin-thu-do.example/bai-viet/trien-khai-cac-giai-phap-thuc-day-tang-truong-kinh-te-thu-do-nam-2025.html',
      ]);
      const [first, second, third] = cards(el);
      // The description's markup is gone, its script never ran, only its text is left.
      expect(first.querySelector('[part~="summary"]')!.textContent).to.equal(
        'Nhằm phát huy giá trị văn hóa lịch sử, danh lam thắng cảnh di tích quanh hồ Gươm.',
      );
      expect(first.querySelector('img')!.src).to.equal(new URL('/data/images/phat-huy-gia-tri-canh-quan-khong-gian-ho-guom.svg', document.baseURI).href);
      expect(first.querySelector('[part~="section"]')!.textContent).to.equal('Hà Nội');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-31T16:20:00+07:00');
      expect(second.querySelector('[part~="summary"]')!.textContent).to.equal(
        'Phong trào “Công dân số cùng Thủ đô vươn mình” – khơi dậy tinh thần trách nhiệm.',
      );
      // No image, no date, no summary: a placeholder and empty lines, in the same layout.
      expect(second.querySelector('img')!.hasAttribute('src')).to.equal(false);
      expect(third.querySelector('[part~="summary"]')!.textContent).to.equal('');
      expect(third.getBoundingClientRect().height).to.be.closeTo(second.getBoundingClientRect().height, 0.5);
    });

    it('shows an Atom 1.0 feed, honouring xml:base', async () => {
      const el = await railFrom('atom.xml');
      expect(part(el, 'heading')!.textContent).to.equal('Tin khác Thủ đô');
      expect(titles(el)).to.deep.equal([
        'Lấy đầu tư công là động lực dẫn dắt, Hà Nội quyết tâm đạt mục tiêu tăng trưởng GRDP 8%',
        'Nông dân Thủ đô đẩy mạnh xây dựng chuỗi sản xuất trà hoa vàng',
      ]);
      expect(links(el).map((link) => link.href)).to.deep.equal([
        feedUrl('tin-khac/lay-dau-tu-cong-la-dong-luc.html'),
        new URL('/chuyen-muc/nong-nghiep/tra-hoa-vang.html', document.baseURI).href,
      ]);
      expect(cards(el)[0].querySelector('[part~="summary"]')!.textContent).to.equal(
        'Năm 2025, Hà Nội đẩy mạnh giải ngân vốn đầu tư công & thu hút đầu tư xã hội.',
      );
    });

    it('shows a JSON Feed 1.1, with external links and entities in titles', async () => {
      const el = await railFrom('json-feed.json');
      expect(part(el, 'heading')!.textContent).to.equal('Nên xem – Tin Thủ đô');
      expect(titles(el)).to.deep.equal([
        'Đề nghị xây dựng cơ chế kiểm soát dữ liệu & quyền riêng tư xuyên biên giới',
        'Đội cứu hộ, cứu nạn Việt Nam đến Myanmar hỗ trợ khắc phục hậu quả động đất',
        'Thời gian người lao động được nghỉ dưỡng sức sau ốm đau',
      ]);
      expect(links(el).map((link) => link.href)).to.deep.equal([
        feedUrl('bai-viet/de-nghi-xay-dung-co-che-kiem-soat-du-lieu-xuyen-bien-gioi.html'),
        'https://tin-quoc-te.example/doi-cuu-ho-den-myanmar',
        new URL('/bai-viet/thoi-gian-nguoi-lao-dong-duoc-nghi-duong-suc-sau-om-dau.html', document.baseURI).href,
      ]);
      expect(cards(el)[1].querySelector('[part~="summary"]')!.textContent).to.equal('Từ 31/3, Đội cứu hộ sẽ triển khai nhiệm vụ.');
    });

    it('shows our own Feed format', async () => {
      const el = await railFrom('paging/trang-1.json');
      expect(part(el, 'heading')!.textContent).to.equal('Tin khác');
      expect(cards(el)).to.have.length(4);
      expect(links(el)[0].href).to.equal(feedUrl('paging/bai-viet/phat-huy-gia-tri-canh-quan-khong-gian-ho-guom.html'));
    });
  });

  describe('errors', () => {
    for (const [file, dropped] of [
      ['rss.xml', ['items[2].url', 'items[3].title']],
      ['atom.xml', ['items[2].url', 'items[3].title']],
      ['json-feed.json', ['items[2].url', 'items[3].title']],
    ] as const) {
      it(`drops the items of ${file} with a bad link or no title, and reports them once`, async () => {
        const el = await railFrom(file);
        expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:').and.not.contain('vbscript:');
        expect(titles(el)).to.not.include('Một bản tin có liên kết độc hại');
        expect(warnings).to.have.length(1);
        for (const path of dropped) expect(warnings[0]).to.contain(path);
        // Rendering again reports nothing new.
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings).to.have.length(1);
      });
    }
  });
});
