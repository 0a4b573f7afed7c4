import { node } from '@threadlab/eslint-config';

// The repo's type-aware rules serve the pages too: unawaited promises (a fetch nobody
// handles) and `any` leaking out of parsed responses matter as much in the browser.
export default [
  // Written by Next itself (`next typegen`, `next build`).
  { ignores: ['next-env.d.ts'] },
  ...node(import.meta.dirname),
  {
    // next.config.ts is part of this package's tsconfig (Next type-checks it), so only the
    // JavaScript config files need the default project.
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.config.js'] } },
    },
  },
];
