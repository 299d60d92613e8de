import type { Article } from '../../src/format/types.js';

/** A small valid Article (JSON article format v1), with a relative URL. */
export const SAMPLE_ARTICLE: Article = {
  id: 'ha-noi-ket-hop-dien-va-diem',
  title: 'Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận',
  url: 'ha-noi-ket-hop-dien-va-diem.html',
  summary: 'Chiều 15/7, Đoàn Kiểm tra số 1 làm việc với Ban Thường vụ Thành ủy Hà Nội.',
  section: 'Thời sự',
  lang: 'vi',
  publishedAt: '2020-07-15T17:30:00+07:00',
  authors: [{ name: 'Hoàng Phúc' }],
  body: [{ type: 'paragraph', text: 'Trưởng ban Dân vận Trung ương phát biểu kết luận cuộc làm việc.' }],
  related: [],
  tags: ['dân vận'],
};
