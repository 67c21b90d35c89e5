export default {
  globs: ['src/elements/**/*.ts', 'src/internal/data-provider.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
};
