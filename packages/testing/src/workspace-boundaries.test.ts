import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraphOf } from './import-graph.ts';

const root = resolve(import.meta.dirname, '../../..');
const apps = readdirSync(join(root, 'apps')).filter((name) =>
  readdirSync(join(root, 'apps', name)).includes('package.json'),
);
const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
    exports?: Record<string, unknown>;
  };
const appNames = new Set(apps.map((app) => manifest(join('apps', app)).name));
const isTestFile = (file: string) => /\.test\.ts$|\/test\/|\/test-support\//.test(file);

describe('apps never import apps at run time', () => {
  it.each(apps)('apps/%s lists no other app in its dependencies', (app) => {
    expect(Object.keys(manifest(join('apps', app)).dependencies ?? {}).filter((dep) => appNames.has(dep))).toEqual([]);
  });

  it.each(apps)('apps/%s exports nothing from its test support unconditionally', (app) => {
    const unconditional = Object.entries(manifest(join('apps', app)).exports ?? {}).filter(
      ([, target]) => typeof target === 'string',
    );
    expect(unconditional.filter(([sub, target]) => /test|seed|harness/.test(`${sub} ${String(target)}`))).toEqual([]);
  });

  it('an app’s running code takes another app’s router as a type only', () => {
    const runtimeImports: string[] = [];
    for (const file of importGraphOf(root, ['apps']).keys()) {
      if (isTestFile(file)) continue;
      const app = file.split('/')[1];
      const text = readFileSync(join(root, file), 'utf8');
      for (const [statement, specifier] of text.matchAll(
        /^(?:import|export)\s+(?!type\s)[^;]*?from\s+['"](@sanbao\/[^'"/]+)[^'"]*['"]/gm,
      )) {
        if (appNames.has(specifier!) && specifier !== `@sanbao/${app}`) runtimeImports.push(`${file}: ${statement}`);
      }
    }
    expect(runtimeImports).toEqual([]);
  });
});

describe('libraries are used through their public entry points', () => {
  it('no file imports a @temporalio package’s private lib/ path', () => {
    const privateImports = [...importGraphOf(root, ['apps', 'packages', 'workflows', 'bench']).keys()].filter((file) =>
      /from\s+['"]@temporalio\/[^'"]+\/lib\//.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(privateImports.map((file) => relative(root, join(root, file)))).toEqual([]);
  });
});
