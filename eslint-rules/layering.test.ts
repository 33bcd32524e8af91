import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layering from './layering.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = fileURLToPath(new URL('..', import.meta.url));
const storage = ['better-sqlite3', 'drizzle-orm'];
const layers = [
  { folder: 'src/shared', mayImport: [], nodeBuiltins: false, forbiddenPackages: storage, why: 'shared is pure.' },
  { folder: 'src/main', mayImport: ['src/shared'], nodeBuiltins: true, forbiddenPackages: ['electron'], why: 'core.' },
  { folder: 'src/renderer', mayImport: ['src/shared'], nodeBuiltins: false, forbiddenPackages: storage, why: 'ui.' },
  { folder: 'src/host', mayImport: ['src/shared', 'src/main'], nodeBuiltins: true, forbiddenPackages: [], why: 'h.' },
];
const options = [{ root, layers }];
const at = (file: string) => join(root, file);

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

ruleTester.run('layering', layering, {
  valid: [
    { code: "import { z } from 'zod';", filename: at('src/shared/customers/fields.ts'), options },
    { code: "import { api } from './api';", filename: at('src/shared/index.ts'), options },
    { code: "import { api } from '../../shared/api';", filename: at('src/main/customers/service.ts'), options },
    { code: "import { readFile } from 'node:fs/promises';", filename: at('src/main/vault/store.ts'), options },
    { code: "import { join } from 'path';", filename: at('src/main/vault/store.ts'), options },
    { code: "import { drizzle } from 'drizzle-orm/better-sqlite3';", filename: at('src/main/db/x.ts'), options },
    { code: "const csv = await import('./csv');", filename: at('src/main/exports/task.ts'), options },
    { code: "import { openCore } from '../main/core';", filename: at('src/host/web.ts'), options },
    { code: "import { App } from './App';", filename: at('src/renderer/main.tsx'), options },
    { code: "import type { Customer } from '../../shared/customers';", filename: at('src/renderer/x.ts'), options },
    // Outside every layer (configuration, scripts): not checked.
    { code: "import { app } from 'electron'; import '../src/renderer/x';", filename: at('scripts/x.ts'), options },
    // A folder whose name only begins like a layer's is not that layer.
    { code: "import x from '../main-helpers/x';", filename: at('src/shared/x.ts'), options },
  ],
  invalid: [
    {
      code: "import { core } from '../main';",
      filename: at('src/shared/x.ts'),
      options,
      errors: [
        {
          messageId: 'layer',
          data: { from: 'src/shared', to: 'src/main', specifier: '../main', why: 'shared is pure.' },
        },
      ],
    },
    {
      code: "import { readFileSync } from 'fs';",
      filename: at('src/shared/x.ts'),
      options,
      errors: [{ messageId: 'builtin' }],
    },
    {
      code: "import { join } from 'node:path';",
      filename: at('src/renderer/x.ts'),
      options,
      errors: [{ messageId: 'builtin' }],
    },
    {
      code: "import { sql } from 'drizzle-orm';",
      filename: at('src/shared/x.ts'),
      options,
      errors: [{ messageId: 'package', data: { from: 'src/shared', name: 'drizzle-orm', why: 'shared is pure.' } }],
    },
    {
      code: "import type { SQLiteTable } from 'drizzle-orm/sqlite-core';",
      filename: at('src/renderer/x.ts'),
      options,
      errors: [{ messageId: 'package' }],
    },
    {
      code: "async function load() { return import('electron'); }",
      filename: at('src/main/x.ts'),
      options,
      errors: [{ messageId: 'package', data: { from: 'src/main', name: 'electron', why: 'core.' } }],
    },
    {
      code: "export * from '../main/x';",
      filename: at('src/shared/index.ts'),
      options,
      errors: [{ messageId: 'layer' }],
    },
    {
      code: "export { openCore } from '../../main/core';",
      filename: at('src/renderer/app/x.ts'),
      options,
      errors: [{ messageId: 'layer' }],
    },
    {
      code: "const { app } = require('electron');",
      filename: at('src/main/x.ts'),
      options,
      errors: [{ messageId: 'package' }],
    },
    {
      code: "import { serve } from '../host/web';",
      filename: at('src/main/x.ts'),
      options,
      errors: [
        { messageId: 'layer', data: { from: 'src/main', to: 'src/host', specifier: '../host/web', why: 'core.' } },
      ],
    },
    {
      code: "type Core = import('../../main/core').Core;",
      filename: at('src/renderer/app/x.ts'),
      options,
      errors: [{ messageId: 'layer' }],
    },
    {
      code: 'const entry = "./x"; await import(entry);',
      filename: at('src/main/x.ts'),
      options,
      errors: [{ messageId: 'computed' }],
    },
  ],
});

describe("the layering of the project's eslint.config.js", () => {
  const eslint = new ESLint({ cwd: root });
  const problems = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: at(file) });
    return result?.messages.filter((message) => message.ruleId === 'local/layering').map((message) => message.message);
  };

  it('refuses the wrong direction of DESIGN.md', async () => {
    expect(await problems('src/shared/probe.ts', "export * from '../main';\nexport * from '../renderer/x';\n")).toEqual(
      [
        expect.stringMatching(/^src\/shared must not import src\/main \('\.\.\/main'\)/),
        expect.stringMatching(/^src\/shared must not import src\/renderer/),
      ],
    );
    expect(await problems('src/shared/probe.ts', "export * from 'fs';\nexport * from 'better-sqlite3';\n")).toEqual([
      expect.stringMatching(/Node built-in 'fs'/),
      expect.stringMatching(/package 'better-sqlite3'/),
    ]);
    expect(await problems('src/main/probe.ts', "export const app = () => import('electron');\n")).toEqual([
      expect.stringMatching(/^src\/main must not import the package 'electron'/),
    ]);
    expect(
      await problems('src/renderer/probe.ts', "export * from '../host/web';\nexport * from 'drizzle-orm';\n"),
    ).toEqual([expect.stringMatching(/src\/host/), expect.stringMatching(/package 'drizzle-orm'/)]);
    expect(await problems('electron/probe.ts', "export * from '../src/renderer/x';\n")).toHaveLength(1);
  });

  it('lets each layer import what it may', async () => {
    expect(await problems('src/main/probe.ts', "export * from '../shared/api';\nexport * from 'node:fs';\n")).toEqual(
      [],
    );
    expect(await problems('src/host/probe.ts', "export * from '../main/core';\n")).toEqual([]);
    expect(
      await problems('electron/probe.ts', "export * from 'electron';\nexport * from '../src/main/core';\n"),
    ).toEqual([]);
  });
});
