// The single-file bundle for <script type="module">: Lit, @lit/context and every element in one
// minified module. Lazily imported code (the DOMPurify fallback) becomes a sibling chunk.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/bundle.ts',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'news-widgets.js',
    chunkFileNames: 'news-widgets-[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ browser: true }),
    // tslib helpers shared once instead of one __decorate per module: the bundle is smaller.
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      outDir: 'dist',
      importHelpers: true,
      noEmitOnError: true,
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
