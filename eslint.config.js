import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The few rules that catch real bugs: a promise nobody awaits (its rejection is lost, or it runs after the
 * caller thinks it finished), a value nobody reads, and `any` leaking past the type checker; and imports
 * where a reader looks for them. Layout is Prettier's business, layers dependency-cruiser's.
 */
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'runtime/', 'test-results/', 'src/client/openapi-types.ts', '**/generated/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      // One import statement per module (types inline), all of them at the top of the file.
      'no-duplicate-imports': ['error', { includeExports: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program > :not(ImportDeclaration) ~ ImportDeclaration',
          message: 'Imports go at the top of the file, before any other statement.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { module: 'writable', process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The dashboard's unit tests are type-checked with the page's own configuration (DOM, JSX).
    files: ['test/unit/dashboard/**'],
    languageOptions: { parserOptions: { projectService: false, project: './dashboard/tsconfig.json' } },
  },
  {
    // Tests read response bodies as JSON of whatever shape came back, and their assertions check that shape.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Scripts print their reports to the terminal; that is their job.
    files: ['scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
