// What `npm run build` must leave behind, as the package's `exports` and a bundler see it.
// (npm test builds before this suite runs.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function exportTargets(): string[] {
  return Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
}

describe('build outputs', () => {
  it('has a file behind every export of package.json', () => {
    for (const target of exportTargets()) assert.ok(existsSync(target), `${target} exists`);
  });

  it('names the manifest in package.json as IDEs and Storybook look for it', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(existsSync(pkg.customElements));
  });

  it('keeps lit out of the per-module build and in the bundle', () => {
    const index = readFileSync('dist/esm/components/provider/provider.js', 'utf8');
    assert.match(index, /from ['"]lit['"]/);
    const bundle = readFileSync('dist/news-widgets.js', 'utf8');
    assert.doesNotMatch(bundle, /from ?['"]lit['"]/, 'the bundle imports no bare specifier');
    assert.doesNotMatch(bundle, /^\s*\/\//m, 'the bundle is minified');
  });

  it('describes every registered tag in custom-elements.json', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const tags = manifest.modules.flatMap((module: { declarations?: { tagName?: string }[] }) =>
      (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean),
    );
    const registered = [...readFileSync('src/define.ts', 'utf8').matchAll(/components\/\w+\/(news-[a-z-]+)\.js/g)].map(
      (match) => match[1],
    );
    assert.ok(registered.length > 0);
    for (const tag of registered) assert.ok(tags.includes(tag), `${tag} is in the manifest`);
  });
});
