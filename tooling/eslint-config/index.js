import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Flat config for a TypeScript package running on Node.
 *
 * Type-aware rules catch what matters most in the grader and the API: promises nobody
 * awaits (a lost job, an unhandled rejection) and `any` leaking out of parsed input.
 *
 * @param {string} tsconfigRootDir the package's folder (`import.meta.dirname`), so the
 *   type-aware rules find that package's tsconfig.json.
 */
export function node(tsconfigRootDir) {
  return defineConfig(
    // generated/: Prisma's generated client (packages/db), not ours to lint.
    { ignores: ['dist/**', '.next/**', 'coverage/**', '.turbo/**', 'generated/**'] },
    js.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: globals.node,
        parserOptions: {
          projectService: {
            // Config files sit outside the package's tsconfig "include".
            allowDefaultProject: ['*.config.js', '*.config.ts'],
          },
          tsconfigRootDir,
        },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
      },
    },
  );
}
