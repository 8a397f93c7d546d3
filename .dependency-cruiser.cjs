/**
 * Dependency rules checked by `npm run check:deps` (part of `npm test`):
 * the folders follow the pipeline, and no module reaches back up it.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'lib-not-import',
      comment: 'src/lib serves the pages; the importer is upstream of it.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/import/' },
    },
    {
      name: 'src-not-scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|bench|tests)/' },
    },
    {
      name: 'bench-not-tests',
      comment: 'Benchmarks and corpus generators stand on their own.',
      severity: 'error',
      from: { path: '^(bench|scripts)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    // Type-only imports count: a cycle through types is still a tangle to read.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro|\\.generated)/' },
  },
};
