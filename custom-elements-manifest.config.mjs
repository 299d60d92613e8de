// custom-elements.json from the JSDoc of the element classes (Storybook's docs and IDEs read it).
export default {
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
};
