// What a page downloads: dist/news-widgets.js (the budget: ≤ 20 KB brotli, the lazily loaded
// DOMPurify chunk not counted but reported), each register module bundled as a page's bundler would
// (with Lit and @lit/context), and the bundle broken down by source area.
// Sizes only: nothing runs in the browser here.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const title = 'Download sizes';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;
const BUDGET_BROTLI = 20 * 1024;

/** Bytes of `code` minified as given, gzipped (level 9) and brotli-compressed (quality 11). */
function sizesOf(code) {
  const bytes = Buffer.from(code);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const sizeCells = ({ minified, gzip, brotli }) => [kB(minified), kB(gzip), kB(brotli)];

/**
 * `entry` bundled with everything it imports, minified, as one ES module. DOMPurify stays out:
 * the sanitizer imports it only where the browser lacks the Sanitizer API, as a chunk of its own.
 */
async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    external: ['dompurify'],
    tsconfig: `${ROOT}tsconfig.build.json`,
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/** The source area an input file of the bundle belongs to. */
function areaOf(input) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(input)) return 'Lit (lit, lit-html, lit-element, reactive-element)';
  if (input.includes('node_modules/@lit/context/')) return '@lit/context';
  if (input.includes('node_modules/@lit-labs/')) return '@lit-labs/ssr-client (hydrate support)';
  if (input.includes('node_modules/')) return `other packages (${input.split('node_modules/')[1].split('/')[0]})`;
  if (input.startsWith('src/format/')) return 'src/format (parsers, types)';
  const element = /^src\/components\/([^/]+)\//.exec(input);
  if (element) return `src/components/${element[1]}`;
  return 'src/data, i18n, layout, styles, events, sanitize, define';
}

/** Minified bytes of the bundle by area, from esbuild's metafile, largest first. */
function breakdown(metafile) {
  const [output] = Object.values(metafile.outputs);
  const areas = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const area = areaOf(input);
    areas.set(area, (areas.get(area) ?? 0) + bytesInOutput);
  }
  return [...areas].sort((a, b) => b[1] - a[1]);
}

/** The heaviest single source files of the bundle (minified bytes). */
function heaviestFiles(metafile, count) {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([input]) => input.startsWith('src/'))
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, count)
    .map(([input, { bytesInOutput }]) => `\`${input}\` ${kB(bytesInOutput)}`);
}

export async function run({ log }) {
  const rows = [];
  const shipped = sizesOf(readFileSync(`${DIST}news-widgets.js`));
  const ok = shipped.brotli <= BUDGET_BROTLI;
  rows.push([
    '`dist/news-widgets.js` (every element, Lit, @lit/context, hydrate support)',
    ...sizeCells(shipped),
    `≤ ${kB(BUDGET_BROTLI)} brotli`,
    ok ? 'ok' : `**over by ${kB(shipped.brotli - BUDGET_BROTLI)}** (${(shipped.brotli / BUDGET_BROTLI).toFixed(2)}×)`,
  ]);
  for (const chunk of readdirSync(DIST).filter((file) => /^news-widgets-.+\.js$/.test(file))) {
    rows.push([`\`dist/${chunk}\` (lazy: loaded only without the Sanitizer API)`, ...sizeCells(sizesOf(readFileSync(`${DIST}${chunk}`))), 'not counted', '—']);
  }

  log('  register modules…');
  const modules = readdirSync(`${DIST}esm/components`).flatMap((dir) =>
    readdirSync(`${DIST}esm/components/${dir}`)
      .filter((file) => /^news-.*\.js$/.test(file))
      .map((file) => `components/${dir}/${file}`),
  );
  for (const module of modules.sort()) {
    const { code } = await bundle(`${DIST}esm/${module}`);
    rows.push([`\`news-widgets/${module.split('/').pop()}\` with Lit and @lit/context`, ...sizeCells(sizesOf(code)), '—', '—']);
  }

  log('  breakdown by area…');
  const whole = await bundle(`${ROOT}src/bundle.ts`);
  const wholeSizes = sizesOf(whole.code);
  const areas = breakdown(whole.metafile);
  const total = areas.reduce((sum, [, bytes]) => sum + bytes, 0);
  for (const [area, bytes] of areas) {
    // Brotli does not split by file; the area's share of the minified bytes, applied to the
    // whole bundle's brotli size, is the estimate.
    const share = bytes / total;
    rows.push([`area: ${area}`, kB(bytes), '—', `≈ ${kB(share * wholeSizes.brotli)}`, '—', `${(share * 100).toFixed(1)} % of the bundle`]);
  }

  const notes = [
    `Minified as shipped (rollup + terser for \`dist/\`); gzip at level 9, brotli at quality 11 (node:zlib). ` +
      `A register module's row is \`dist/esm/…/news-*.js\` bundled by esbuild with everything it imports (Lit and @lit/context ` +
      `included, DOMPurify left out as it is lazy), minified: what it adds to a page that uses that element alone.`,
    `The area rows come from esbuild's metafile for \`src/bundle.ts\` (${kB(wholeSizes.minified)} minified, ${kB(wholeSizes.brotli)} brotli, ` +
      `against rollup's ${kB(shipped.minified)} / ${kB(shipped.brotli)}): minified bytes each area puts in the bundle, and that share of the ` +
      `brotli size as an estimate (compression does not split by file).`,
    `Heaviest source files (minified): ${heaviestFiles(whole.metafile, 8).join(', ')}.`,
  ];
  return { columns: ['what', 'minified', 'gzip', 'brotli', 'budget', ''], rows, notes, failed: !ok };
}
