import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraphOf } from './import-graph.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('import circles', () => {
  it('finds none between the files of apps/, packages/, workflows/ and bench/', () => {
    const graph = importGraphOf(root, ['apps', 'packages', 'workflows', 'bench']);
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('reports a circle when there is one', () => {
    const graph = new Map([
      ['schema.ts', ['parts.repository.ts']],
      ['parts.repository.ts', ['schema.ts']],
      ['parts.service.ts', ['parts.repository.ts']],
      ['leaf.ts', []],
    ]);
    expect(importCycles(graph)).toEqual([['parts.repository.ts', 'schema.ts', 'parts.repository.ts']]);
  });

  it('sees imports through a workspace package name, type-only ones included', () => {
    const graph = importGraphOf(root, ['apps', 'packages']);
    expect(graph.get('apps/parts/src/schema.ts')).toBeDefined();
    expect(graph.get('apps/parts/src/app.ts')).toEqual(expect.arrayContaining(['apps/parts/src/schema.ts']));
    expect(graph.get('apps/parts/src/main.ts')).toEqual(expect.arrayContaining(['packages/service-kit/src/index.ts']));
  });
});
