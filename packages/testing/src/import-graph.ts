import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** file → the files it imports (type-only imports count: a circle of types is still a circle). */
export type ImportGraph = Map<string, string[]>;

const sourceFile = /\.(ts|mts|mjs|js)$/;
const skipped = new Set(['node_modules', 'dist', '.turbo']);
// `import … from '…'`, `export … from '…'`, `import '…'`, `import('…')`.
const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (skipped.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return sourceFile.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `@sanbao/x/sub` → the file its package.json `exports` names, for every workspace package. */
function workspaceExports(root: string, groups: string[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const group of groups) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const manifest = join(base, name, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; exports?: Record<string, unknown> };
      for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
        const file = typeof target === 'string' ? target : (target as Record<string, unknown>)?.default;
        if (pkg.name && typeof file === 'string') entries.set(join(pkg.name, sub), resolve(base, name, file));
      }
    }
  }
  return entries;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const target = resolve(dirname(from), specifier);
  return [target, `${target}.ts`, join(target, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

/** The import graph of every source file under the given top-level folders of the repository. */
export function importGraphOf(root: string, groups: string[]): ImportGraph {
  const exportsMap = workspaceExports(root, groups);
  const graph: ImportGraph = new Map();
  for (const file of groups.flatMap((g) => filesUnder(join(root, g)))) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set<string>();
    for (const [, specifier] of text.matchAll(specifiers)) {
      const target = specifier!.startsWith('.') ? resolveRelative(file, specifier!) : exportsMap.get(specifier!);
      if (target && target !== file) targets.add(target);
    }
    graph.set(
      relative(root, file),
      [...targets].map((t) => relative(root, t)),
    );
  }
  return graph;
}

/** Every import circle, each as the files around it (first file repeated at the end); none is []. */
export function importCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
