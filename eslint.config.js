import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { builtinModules } from 'node:module'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    // Storage only through db/: the rest of the renderer calls db/'s functions, never a table.
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/db/**', 'src/renderer/src/test-support/**', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.type='Identifier'][property.name=/^(articles|texts|sentences|sources|assessments|links|cases|judgments|articleCounts|history|settings)$/][object.name=/^(db|library|appDb)$/]",
          message:
            'Storage only through db/: read and write the library with a function of src/renderer/src/db.'
        }
      ]
    }
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/preload/**/*.ts',
      'scripts/**/*.{ts,mjs,js}',
      'e2e/**/*.ts',
      '*.{js,ts}'
    ],
    languageOptions: { globals: globals.node }
  },
  {
    // src/shared runs in every process: it may import nothing host-specific.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'src/shared must not import Node built-ins.'
          })),
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared must not import Electron.' },
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@mantine/*',
                'dexie',
                'dexie-react-hooks'
              ],
              message: 'src/shared must not import React, UI or database code.'
            },
            {
              group: ['@renderer/*', '**/renderer/**', '**/main/**', '**/preload/**'],
              message: 'src/shared must not import from a process folder.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'HTMLElement',
          'process',
          'require',
          'Buffer',
          '__dirname'
        ].map((name) => ({
          name,
          message: 'src/shared must not touch DOM or Node globals.'
        }))
      ]
    }
  },
  {
    files: ['src/main/**/*.test.ts', 'src/shared/**/*.test.ts', 'scripts/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Unit tests must never import electron.' }] }
      ]
    }
  },
  {
    // vi.waitFor and vi.waitUntil give up after one second unless given a timeout, which a loaded
    // machine can exceed: every call names its guard (test-support/wait-guard.ts).
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='vi'][callee.property.name=/^wait(For|Until)$/][arguments.length<2]",
          message: 'Give vi.waitFor and vi.waitUntil a timeout (WAIT_GUARD): the default is one second.'
        }
      ]
    }
  },
  prettier
)
