// The data both framework pages show: the sample article, then a second one they switch to.
import sample from '../../../demo/data/articles/ha-noi-ket-hop-dien-va-diem.json';
import nenXem from '../../../demo/data/feeds/nen-xem.json';
import type { Article } from '../../../src/format/types.js';

export const FIRST = sample as Article;

/** Another article: new headline, new related headlines (from "Nên xem"). */
export const SECOND: Article = {
  ...FIRST,
  id: 'bai-thu-hai',
  title: 'Bài thứ hai: Hà Nội công bố kế hoạch tuyển sinh',
  related: nenXem.items.slice(0, 3),
};
