import { expect } from '@open-wc/testing';
import { parseFeed, type Feed } from '../../src/format/index.js';
import { errorPaths, expectErrors, expectOk, warningPaths } from './expect-result.js';

const FEED_URL = 'https://news.example/feeds/tin-khac.json';

async function fixture(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/feeds/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.text();
}

/** Every text a reader could see in a feed. */
function visibleTexts(feed: Feed): string[] {
  return [feed.title ?? '', ...feed.items.flatMap((item) => [item.title, item.summary ?? '', item.section ?? ''])];
}

function expectPlainText(feed: Feed): void {
  for (const text of visibleTexts(feed)) {
    expect(text, text).not.to.match(/<\/?[a-z][^>]*>/i);
    expect(text, text).not.to.match(/alert|steal|document\.|display:none|color:red/);
  }
}

describe('parseFeed', () => {
  describe('our Feed', () => {
    const feed = {
      title: 'Tin khác',
      items: [
        { id: '1', url: '/bai-viet/1.html', title: 'Một', summary: 'Tóm tắt', image: { src: '/anh/1.jpg', alt: 'Ảnh' }, publishedAt: '2025-03-31T08:00:00+07:00' },
        { url: 'javascript:alert(1)', title: 'Liên kết xấu' },
        { url: '/bai-viet/3.html' },
        { url: '/bai-viet/4.html', title: 'Bốn', image: { src: '/anh/4.jpg' } },
        'không phải đối tượng',
        { url: '/bai-viet/6.html', title: 'Sáu', extra: true },
      ],
      next: 'tin-khac.json?cursor=2',
    };

    it('keeps good items, resolving links against the base URL', () => {
      const { value } = expectOk(parseFeed(feed, { baseUrl: FEED_URL }));
      expect(value).to.deep.equal({
        title: 'Tin khác',
        items: [
          {
            id: '1',
            url: 'https://news.example/bai-viet/1.html',
            title: 'Một',
            summary: 'Tóm tắt',
            image: { src: 'https://news.example/anh/1.jpg', alt: 'Ảnh' },
            publishedAt: '2025-03-31T08:00:00+07:00',
          },
          { url: 'https://news.example/bai-viet/6.html', title: 'Sáu' },
        ],
        next: 'https://news.example/feeds/tin-khac.json?cursor=2',
      });
    });

    it('leaves out bad items, each with a warning at the problem', () => {
      const result = parseFeed(JSON.stringify(feed));
      expect(warningPaths(result)).to.deep.equal(['items[1].url', 'items[2].title', 'items[3].image.alt', 'items[4]']);
      expect(expectOk(result).warnings[0]?.message).to.match(/"javascript:".*items\[1\] was left out/);
    });

    it('keeps relative links relative without a base URL', () => {
      const { value } = expectOk(parseFeed(feed));
      expect(value.items[0]?.url).to.equal('/bai-viet/1.html');
      expect(value.next).to.equal('tin-khac.json?cursor=2');
    });

    it('has next: null on the last page, whether next is absent or null', () => {
      expect(expectOk(parseFeed({ items: [] })).value).to.deep.equal({ items: [], next: null });
      expect(expectOk(parseFeed({ items: [], next: null })).value.next).to.equal(null);
    });

    it('drops a bad next link with a warning, ending the feed there', () => {
      const result = parseFeed({ items: [], next: 'javascript:alert(1)' });
      expect(expectOk(result).value.next).to.equal(null);
      expect(warningPaths(result)).to.deep.equal(['next']);
    });

    it('needs items as an array', () => {
      expect(errorPaths(parseFeed({ title: 'x' }))).to.deep.equal(['items']);
      expect(errorPaths(parseFeed({ items: {} }))).to.deep.equal(['items']);
      expect(errorPaths(parseFeed({ items: [], title: 1 }))).to.deep.equal(['title']);
      expect(errorPaths(parseFeed('[]'))).to.deep.equal(['']);
    });

    it('follows options.maxArrayLength for items', () => {
      const items = Array.from({ length: 3 }, (_, index) => ({ url: `/${index}`, title: `${index}` }));
      expect(errorPaths(parseFeed({ items }, { maxArrayLength: 2 }))).to.deep.equal(['items']);
      expect(errorPaths(parseFeed({ items: Array.from({ length: 20_001 }, () => ({})) }))).to.deep.equal(['items']);
    });

    it('never throws', () => {
      const trap = () => {
        throw new Error('trap');
      };
      expect(errorPaths(parseFeed(new Proxy({}, { ownKeys: trap, get: trap })))).to.deep.equal(['']);
    });
  });

  describe('JSON Feed 1.1', () => {
    let text = '';
    beforeEach(async () => {
      text = await fixture('json-feed.json');
    });

    it('maps items onto ArticleRefs', () => {
      const { value } = expectOk(parseFeed(text, { baseUrl: 'https://news.example/feeds/nen-xem.json' }));
      expect(value.title).to.equal('Nên xem – Tin Hà Nội');
      expect(value.next).to.equal('https://news.example/feeds/nen-xem.json?trang=2');
      expect(value.items).to.deep.equal([
        {
          id: 'de-nghi-kiem-soat-du-lieu',
          url: 'https://news.example/bai-viet/de-nghi-kiem-soat-du-lieu.html',
          title: 'Đề nghị xây dựng cơ chế kiểm soát dữ liệu xuyên biên giới',
          summary: 'Dự thảo Luật Bảo vệ dữ liệu cá nhân chưa quy định rõ về việc quản lý dữ liệu cá nhân.',
          image: { src: 'https://news.example/images/du-lieu.jpg', alt: '' },
          publishedAt: '2025-03-31T08:00:00+07:00',
        },
        {
          id: '2',
          url: 'https://other.example/cuu-ho-myanmar',
          title: 'Đội cứu hộ, cứu nạn Việt Nam đến Myanmar & hỗ trợ khắc phục hậu quả động đất',
          summary: 'Từ 31/3, Đội cứu hộ sẽ triển khai nhiệm vụ.',
          image: { src: 'https://news.example/images/myanmar.jpg', alt: '' },
          publishedAt: '2025-03-30T21:15:00Z',
        },
        {
          id: 'bhxh',
          url: 'https://news.example/bai-viet/bhxh.html',
          title: 'Từ 1/4/2025: 10 Bảo hiểm xã hội khu vực sẽ tổ chức hoạt động theo bộ máy mới',
          summary: 'Bảo hiểm xã hội (BHXH) Việt Nam cho biết: 10/35 BHXH khu vực sẽ tổ chức hoạt động theo bộ máy mới.',
        },
        {
          id: 'nghi-duong-suc',
          url: 'https://news.example/bai-viet/nghi-duong-suc.html',
          title: 'Thời gian người lao động được nghỉ dưỡng sức sau ốm đau',
        },
      ]);
    });

    it('warns about the unreadable date, the javascript: link and the item without a title', () => {
      expect(warningPaths(parseFeed(text))).to.deep.equal(['items[2].publishedAt', 'items[3].url', 'items[4].title']);
    });

    it('turns content_html into plain text, script and style contents included', () => {
      expectPlainText(expectOk(parseFeed(text)).value);
    });

    it('is recognized as a value too', () => {
      expect(expectOk(parseFeed(JSON.parse(text) as unknown)).value.items).to.have.length(4);
    });

    it('reports values of the wrong type at the item', () => {
      const feed = { version: 'https://jsonfeed.org/version/1', items: [{ url: 1, title: 'a' }, 'x', { url: '/a', title: 'b', image: 5, date_published: 7 }] };
      expect(warningPaths(parseFeed(feed))).to.deep.equal(['items[0].url', 'items[1]', 'items[2].image', 'items[2].publishedAt']);
      expect(errorPaths(parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: 'none' }))).to.deep.equal(['items']);
    });
  });

  describe('RSS 2.0', () => {
    let text = '';
    beforeEach(async () => {
      text = await fixture('rss.xml');
    });

    it('maps items onto ArticleRefs: CDATA, entities, relative links, images, dates', () => {
      const { value } = expectOk(parseFeed(text, { baseUrl: 'https://news.example/rss/thoi-su.xml' }));
      expect(value.title).to.equal('Tin Hà Nội – Thời sự');
      expect(value.next).to.equal('https://news.example/rss/thoi-su.xml?trang=2');
      expect(value.items).to.deep.equal([
        {
          id: 'bai-4201',
          url: 'https://news.example/bai-viet/ha-noi-ket-hop-dien-va-diem.html',
          title: 'Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận',
          summary: 'Chiều 15/7, Đoàn Kiểm tra số 1 làm việc với Thành ủy Hà Nội.',
          image: { src: 'https://news.example/images/ha-noi.jpg', alt: '' },
          section: 'Thời sự',
          publishedAt: '2020-07-15T18:30:00+07:00',
        },
        {
          url: 'https://news.example/bai-viet/song-hong.html?utm_source=rss',
          title: 'Tìm giải pháp "tăng tốc" quy hoạch hai bên bờ sông Hồng & sông Đuống',
          summary: 'Quy hoạch hai bên bờ sông Hồng – bước tiến mới.',
          image: { src: 'https://news.example/images/song-hong.jpg', alt: '' },
          publishedAt: '2020-07-14T09:00:00+07:00',
        },
        {
          id: 'https://news.example/bai-viet/bo-may.html',
          url: 'https://news.example/bai-viet/bo-may.html',
          title: 'Bí thư Thành ủy chủ trì họp về tổ chức bộ máy, biên chế',
          summary: 'Nội dung đầy đủ.',
        },
      ]);
    });

    it('leaves out the javascript: item and the item without a title, with warnings', () => {
      expect(warningPaths(parseFeed(text))).to.deep.equal(['items[4].publishedAt', 'items[2].url', 'items[3].title']);
    });

    it('gives plain text only', () => {
      expectPlainText(expectOk(parseFeed(text)).value);
    });

    it('keeps links relative without a base URL', () => {
      expect(expectOk(parseFeed(text)).value.items[0]?.url).to.equal('/bai-viet/ha-noi-ket-hop-dien-va-diem.html');
    });

    it('does not take a guid that is not a URL for a link', () => {
      const rss = '<rss><channel><item><title>A</title><guid>12345</guid></item></channel></rss>';
      expect(warningPaths(parseFeed(rss, { baseUrl: FEED_URL }))).to.deep.equal(['items[0].url']);
    });

    it('reads a feed without a channel as empty, with a warning', () => {
      const result = parseFeed('<rss version="2.0"/>');
      expect(expectOk(result).value).to.deep.equal({ items: [], next: null });
      expect(warningPaths(result)).to.deep.equal(['']);
    });
  });

  describe('Atom 1.0', () => {
    let text = '';
    beforeEach(async () => {
      text = await fixture('atom.xml');
    });

    it('maps entries onto ArticleRefs, honouring xml:base and text construct types', () => {
      const { value } = expectOk(parseFeed(text, { baseUrl: 'https://news.example/feeds/atom.xml' }));
      expect(value.title).to.equal('Tin khác Hà Nội');
      expect(value.next).to.equal('https://news.example/tin-khac/atom.xml?trang=2');
      expect(value.items).to.deep.equal([
        {
          id: 'urn:uuid:5e6a0c52-1d0b-4e55-8b1c-1f1b2d3c4e5f',
          url: 'https://news.example/tin-khac/phat-huy-ho-guom.html',
          title: 'Phát huy giá trị cảnh quan không gian hồ Gươm',
          summary: 'Nhằm phát huy giá trị văn hóa lịch sử & danh lam thắng cảnh',
          image: { src: 'https://news.example/images/ho-guom.jpg', alt: '' },
          section: 'Văn hóa',
          publishedAt: '2025-03-31T07:30:00+07:00',
        },
        {
          id: 'tag:news.example,2025:cong-dan-so',
          url: 'https://news.example/chuyen-muc/cong-dan-so.html',
          title: 'Mỗi công dân Thủ đô phải trở thành một công dân số',
          summary: 'Phong trào “Công dân số cùng Thủ đô vươn mình”.',
          image: { src: 'https://news.example/chuyen-muc/cong-dan-so.jpg', alt: '' },
          publishedAt: '2025-03-30T10:00:00Z',
        },
        {
          id: 'tag:news.example,2025:tang-truong',
          url: 'https://news.example/bai-viet/tang-truong.html',
          title: 'Triển khai các giải pháp <tăng trưởng> kinh tế',
        },
      ]);
    });

    it('leaves out the vbscript: entry and the entry without a title, with warnings', () => {
      expect(warningPaths(parseFeed(text))).to.deep.equal(['items[4].publishedAt', 'items[2].url', 'items[3].title']);
    });

    it('gives no markup from html and xhtml constructs, and no script contents', () => {
      const { value } = expectOk(parseFeed(text));
      // The last entry's title is type="text": its "<tăng trưởng>" is text, so it is not checked here.
      for (const item of value.items.slice(0, 2)) expect(`${item.title} ${item.summary ?? ''}`).not.to.match(/steal|<\/?[a-z]/);
    });

    it('resolves xml:base without a base URL when the xml:base is absolute', () => {
      expect(expectOk(parseFeed(text)).value.items[0]?.url).to.equal('https://news.example/tin-khac/phat-huy-ho-guom.html');
    });

    it('ignores a relative xml:base when there is nothing to resolve it against', () => {
      const atom = '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="tin/"><entry><title>A</title><link href="a.html"/></entry></feed>';
      expect(expectOk(parseFeed(atom)).value.items[0]?.url).to.equal('a.html');
    });
  });

  describe('XML errors', () => {
    it('refuses XML that is not well-formed', () => {
      const [problem] = expectErrors(parseFeed('<rss><channel><item></channel></rss>'));
      expect(problem?.path).to.equal('');
      expect(problem?.message).to.match(/^Not well-formed XML/);
    });

    it('refuses entity declarations (billion laughs)', () => {
      const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
      expect(expectErrors(parseFeed(bomb))[0]?.message).to.contain('<!ENTITY');
    });

    it('refuses XML that is neither RSS nor Atom', () => {
      expect(expectErrors(parseFeed('<?xml version="1.0"?>\n<html><body/></html>'))[0]?.message).to.contain('<html>');
      expect(errorPaths(parseFeed('<feed><entry/></feed>'))).to.deep.equal(['']);
    });

    it('follows options.maxTextLength', () => {
      expect(errorPaths(parseFeed('<rss><channel/></rss>', { maxTextLength: 10 }))).to.deep.equal(['']);
    });

    it('follows options.maxArrayLength and maxStringLength for what it maps', () => {
      const item = '<item><title>t</title><link>/a</link><description>Một đoạn tóm tắt khá dài.</description></item>';
      const rss = `<rss><channel>${item.repeat(3)}</channel></rss>`;
      expect(errorPaths(parseFeed(rss, { maxArrayLength: 2 }))).to.deep.equal(['items']);
      expect(errorPaths(parseFeed(rss, { maxStringLength: 20 }))).to.deep.equal(['items[0].summary', 'items[1].summary', 'items[2].summary']);
    });

    it('says that XML needs a DOM where there is no DOMParser', () => {
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'DOMParser') as PropertyDescriptor;
      Object.defineProperty(globalThis, 'DOMParser', { configurable: true, writable: true, value: undefined });
      try {
        expect(expectErrors(parseFeed(' \n<rss/>'))[0]?.message).to.match(/^XML feeds need a DOM/);
      } finally {
        Object.defineProperty(globalThis, 'DOMParser', descriptor);
      }
    });
  });
});
