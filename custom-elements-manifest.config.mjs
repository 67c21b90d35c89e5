/**
 * The manifest is the public API: the framework types, the editor data, Storybook's controls and
 * the docs are generated from it. So it holds what a host may use and nothing else.
 */
const publicApiOnly = {
  name: 'samenspel-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.kind !== 'class') continue;
        // Private, protected and static members (`#views`, `samenspelTag`, Lit's `styles`) are internals. What stays
        // is public, so it is not said (Lit's `static properties` says it of its fields, decorators do not).
        if (decl.members)
          decl.members = decl.members
            .filter((m) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('#'))
            .map(({ privacy: _public, ...member }) => member);
        // The analyzer also lists each `dispatchEvent(new SomeEvent())` as an event without a name;
        // the documented `@event` tags name them.
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
      }
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/samenspel-element.ts', 'src/internal/room-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [publicApiOnly],
};
