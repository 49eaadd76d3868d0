// Layering: each layer imports only from the layers before it (engine → i18n → workbook →
// adapters → cli / taskpane / commands). The engine is pure: no I/O, Office, React or ExcelJS.
// The package adapter uses no Node-only API; ExcelJS stays out of the product.
const tseslint = require('typescript-eslint');
const globals = require('globals');

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'zlib', 'stream', 'util', 'node:*'];
const outer = (layers) => layers.map((layer) => `**/${layer}/**`).concat(layers.map((layer) => `../${layer}`));

function restrict(files, forbiddenLayers, forbiddenPackages) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(forbiddenLayers.length > 0 ? [{ group: outer(forbiddenLayers), message: 'Layering: this layer may not import that one.' }] : []),
            { group: forbiddenPackages, message: 'Layering: this layer stays free of that package.' },
          ],
        },
      ],
    },
  };
}

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'test/stubs/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, Office: 'readonly', Excel: 'readonly' } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 320, skipBlankLines: true, skipComments: true }],
    },
  },
  restrict(
    ['src/engine/**'],
    ['i18n', 'workbook', 'adapters', 'cli', 'taskpane', 'commands'],
    ['exceljs', 'react', 'react-dom', '@fluentui/*', ...nodeBuiltins],
  ),
  restrict(['src/i18n/**'], ['workbook', 'adapters', 'cli', 'taskpane', 'commands'], ['exceljs', 'react', '@fluentui/*', ...nodeBuiltins]),
  restrict(['src/workbook/**'], ['adapters', 'cli', 'taskpane', 'commands'], ['exceljs', 'react', '@fluentui/*', ...nodeBuiltins]),
  restrict(['src/adapters/**'], ['cli', 'taskpane', 'commands'], ['react', 'react-dom', '@fluentui/*', 'exceljs']),
  // Workbook packages are edited by the same code in node, in the browser and in a Web Worker.
  restrict(['src/adapters/xlsx-package/**'], ['cli', 'taskpane', 'commands'], ['react', 'react-dom', '@fluentui/*', 'exceljs', ...nodeBuiltins]),
  // ExcelJS is a development tool only: the benchmark's floor and an independent reader in tests.
  restrict(['src/cli/**', 'src/taskpane/**', 'src/commands/**'], [], ['exceljs']),
);
