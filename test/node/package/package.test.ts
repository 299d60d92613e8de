// The package as people get it: `npm pack`, installed from the tarball into an empty project,
// every export imported in Node and through a bundler (esbuild), the CLI run with npx, the
// types read by tsc. (npm test builds first.)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { launchChromium, watchPageErrors } from '../helpers/browser.js';
import { serveFolder } from '../helpers/static-server.js';

const run = promisify(execFile);
const REPO = process.cwd();
const SAMPLE = resolve('demo/data/articles/ha-noi-ket-hop-dien-va-diem.json');

let dir: string;
let app: string;
let packed: { path: string }[];
let manifest: { exports: Record<string, string | Record<string, string>>; customElements: string; bin: Record<string, string> };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: REPO });
  const [{ filename, files }] = JSON.parse(stdout);
  packed = files;
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // From npm's cache: the dependencies are the ones this repository installed.
  await run('npm', ['install', join(dir, filename), '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], {
    cwd: app,
  });
  manifest = JSON.parse(readFileSync(join(app, 'node_modules/news-widgets/package.json'), 'utf8'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an ES module in the consumer project with Node; resolves with what it prints. */
async function node(source: string): Promise<string> {
  const file = join(app, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  const { stdout } = await run('node', [file], { cwd: app });
  return stdout;
}

/** Export subpaths (`news-widgets`, `news-widgets/ssr` …) with their targets. */
function exportsOf(): { specifier: string; targets: string[] }[] {
  return Object.entries(manifest.exports).map(([subpath, target]) => ({
    specifier: `news-widgets${subpath.slice(1)}`,
    targets: typeof target === 'string' ? [target] : Object.values(target),
  }));
}

/** The exports a program can import: all but those that only hold types (`news-widgets/types/react`). */
function moduleExports() {
  return exportsOf().filter(({ targets }) => targets.some((target) => !target.endsWith('.d.ts')));
}

/** The browser bundle cannot run in Node (it brings Lit's browser build): it is loaded in Chromium below. */
const BROWSER_ONLY = 'news-widgets/news-widgets.js';
const NODE_ONLY = 'news-widgets/ssr';

describe('npm pack', () => {
  it('holds the build, the bin, the types, the manifest, the schema, README and LICENSE, and nothing else', () => {
    const paths = packed.map((file) => file.path);
    for (const path of paths) {
      assert.match(path, /^(dist\/|bin\/|types\/|schema\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/, path);
    }
    for (const needed of ['dist/news-widgets.js', 'dist/esm/index.d.ts', 'dist/esm/ssr.js', 'custom-elements.json', 'schema/article.schema.json', 'README.md', 'LICENSE', 'bin/news-widgets.mjs', 'types/react.d.ts', 'types/vue.d.ts', 'types/preact.d.ts']) {
      assert.ok(paths.includes(needed), needed);
    }
    assert.ok(!paths.some((path) => /(^|\/)(test|tests|fixtures|stories|demo|src)\//.test(path) || /\.test\.|\.map$/.test(path)));
  });

  it('points every export, the manifest field and the bin at a file in the package', () => {
    const paths = new Set(packed.map((file) => file.path));
    for (const { specifier, targets } of exportsOf()) {
      for (const target of targets) assert.ok(paths.has(target.slice(2)), `${specifier} → ${target}`);
    }
    assert.ok(paths.has(manifest.customElements), `customElements: ${manifest.customElements}`);
    assert.ok(paths.has(manifest.bin['news-widgets'].slice(2)));
  });
});

describe('the installed package', () => {
  it('imports every export in Node', async () => {
    const specifiers = moduleExports()
      .map((entry) => entry.specifier)
      .filter((specifier) => specifier !== BROWSER_ONLY);
    const imports = specifiers.map((specifier) =>
      specifier.endsWith('.json')
        ? `import(${JSON.stringify(specifier)}, { with: { type: 'json' } })`
        : `import(${JSON.stringify(specifier)})`,
    );
    const output = await node(`
      const modules = await Promise.all([${imports.join(', ')}]);
      // Lit's Node build gives the register modules a registry to define their tags in.
      const tags = ${JSON.stringify(specifiers)}.flatMap((specifier) => specifier.match(/\\/(news-[a-z-]+)\\.js$/)?.[1] ?? []);
      console.log(JSON.stringify({
        exports: Object.fromEntries(${JSON.stringify(specifiers)}.map((specifier, index) => [specifier, Object.keys(modules[index])])),
        undefinedTags: tags.filter((tag) => tag !== 'news-widgets' && !customElements.get(tag)),
      }));
    `);
    const { exports, undefinedTags } = JSON.parse(output);
    assert.deepEqual(undefinedTags, [], 'every register module registers its tag');
    assert.ok(exports['news-widgets'].includes('parseArticle') && exports['news-widgets'].includes('NewsArticle'));
    assert.ok(exports['news-widgets/ssr'].includes('renderPage'));
    assert.deepEqual(exports['news-widgets/custom-elements.json'], ['default']);
  });

  it('renders an article on the server through news-widgets/ssr', async () => {
    const output = await node(`
      import { readFileSync } from 'node:fs';
      import { renderArticle } from 'news-widgets/ssr';
      console.log(renderArticle(JSON.parse(readFileSync(${JSON.stringify(SAMPLE)}, 'utf8'))));
    `);
    assert.match(output, /^<!--lit-part [^>]*--><!--lit-node 0--><news-article[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(output.includes('Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận'));
  });

  it('runs the CLI with npx', async () => {
    const { stdout } = await run('npx', ['--no-install', 'news-widgets', 'render', SAMPLE], { cwd: app });
    assert.match(stdout, /^<!doctype html>/);
    assert.ok(stdout.includes('<script type="module" src="news-widgets.js"></script>'));
  });

  it('gives TypeScript its types', async () => {
    writeFileSync(
      join(app, 'uses.ts'),
      `import { NewsArticle, parseArticle, type Article } from 'news-widgets';
      import { renderArticle } from 'news-widgets/ssr';
      import 'news-widgets/define.js';
      const result = parseArticle('{}');
      const article: Article | undefined = result.ok ? result.value : undefined;
      const element: NewsArticle = document.createElement('news-article');
      element.article = article;
      export const html: string = renderArticle(article);
      // @ts-expect-error: headingLevel is a number
      element.headingLevel = 'one';
      `,
    );
    for (const moduleResolution of ['bundler', 'node16']) {
      const module = moduleResolution === 'bundler' ? 'esnext' : 'node16';
      const compilerOptions = { noEmit: true, strict: true, skipLibCheck: true, target: 'es2022', lib: ['es2023', 'dom'], module, moduleResolution, types: [] };
      writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['uses.ts'] }));
      const { stdout } = await run(join(REPO, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app }).catch((error) => error);
      assert.equal(stdout, '', moduleResolution);
    }
  });
});

describe('the installed package in a bundler and a browser', () => {
  let site: Awaited<ReturnType<typeof serveFolder>>;
  const browserExports = () => moduleExports().filter(({ specifier }) => specifier !== NODE_ONLY && !specifier.endsWith('.json') && specifier !== BROWSER_ONLY);

  before(async () => {
    const www = join(app, 'www');
    mkdirSync(www);
    writeFileSync(join(app, 'browser.js'), browserExports().map(({ specifier }) => `export * as m${Math.random().toString(36).slice(2)} from '${specifier}';`).join('\n'));
    writeFileSync(join(app, 'server.js'), `export * from '${NODE_ONLY}';`);
    await build({ entryPoints: [join(app, 'browser.js')], bundle: true, format: 'esm', platform: 'browser', outdir: www, logLevel: 'silent', absWorkingDir: app });
    await build({ entryPoints: [join(app, 'server.js')], bundle: true, format: 'esm', platform: 'node', outdir: join(app, 'server-build'), logLevel: 'silent', absWorkingDir: app, packages: 'external' });
    symlinkSync(join(app, 'node_modules/news-widgets/dist'), join(www, 'dist'));
    for (const [name, script] of [['bundled', 'browser.js'], ['script-tag', 'dist/news-widgets.js']]) {
      writeFileSync(join(www, `${name}.html`), `<!doctype html><html lang="vi"><head><script type="module" src="${script}"></script></head><body><news-article><script type="application/json">{"id":"a","title":"Tiêu đề"}</script></news-article></body></html>`);
    }
    site = await serveFolder(www);
  });
  after(() => site.server.close());

  for (const page of ['bundled', 'script-tag']) {
    it(`${page === 'bundled' ? 'bundles every browser export with esbuild' : 'loads dist/news-widgets.js from a script tag'}; every tag registers and renders`, async () => {
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage();
        const errors = watchPageErrors(tab);
        await tab.goto(`${site.url}/${page}.html`);
        await tab.locator('news-article h1').waitFor({ timeout: 10_000 });
        assert.equal(await tab.locator('news-article h1').innerText(), 'Tiêu đề');
        const tags = JSON.parse(readFileSync(join(app, 'node_modules/news-widgets/custom-elements.json'), 'utf8'))
          .modules.flatMap((module: { declarations?: { tagName?: string }[] }) => (module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []));
        assert.ok(tags.length >= 8);
        assert.deepEqual(await tab.evaluate((names: string[]) => names.filter((name) => !customElements.get(name)), tags), []);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }
});
