// The sample articles and feeds of demo/data, as the reference API serves them.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads articles and feed pages from `dataDir` (demo/data). */
export function createDemoData(dataDir) {
  return {
    /** True when there is an article with this id (without reading it). */
    async hasArticle(id) {
      if (typeof id !== 'string' || !SLUG.test(id)) return false;
      try {
        return (await stat(join(dataDir, 'articles', `${id}.json`))).isFile();
      } catch {
        return false;
      }
    },

    /** The Article with this id, or undefined. */
    async article(id) {
      return SLUG.test(id) ? readJson(join(dataDir, 'articles', `${id}.json`)) : undefined;
    },

    /**
     * One page of a feed: `{name}.json` is a single page; `{name}-1.json`, `{name}-2.json`… are pages
     * chained by `next`, which is rewritten to this API's own cursor URL.
     */
    async feedPage(name, cursor, apiPath) {
      if (!SLUG.test(name)) return undefined;
      if (!cursor) {
        const single = await readJson(join(dataDir, 'feeds', `${name}.json`));
        if (single) return single;
      }
      const page = cursor ? Number(cursor) : 1;
      if (!Number.isSafeInteger(page) || page < 1) return undefined;
      const feed = await readJson(join(dataDir, 'feeds', `${name}-${page}.json`));
      if (!feed) return undefined;
      return { ...feed, next: feed.next ? `${apiPath}?cursor=${page + 1}` : null };
    },
  };
}
