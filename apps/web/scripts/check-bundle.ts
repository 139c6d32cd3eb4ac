// Bundle budget: the JavaScript a browser loads before the login page and the provider's dashboard
// can show, and the size of every chunk, gzipped, measured from the Vite manifest of `vite build`.
// Fails (exit 1) above budget. Usage: pnpm --filter @sanbao/web build && pnpm --filter @sanbao/web check:bundle
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const KB = 1024;
export const budgets = { initialRouteGzip: 200 * KB, chunkGzip: 350 * KB };

/** The routes whose first paint is budgeted, by the lazily loaded modules they need. */
export const budgetedRoutes: Record<string, string[]> = {
  login: ['src/features/login/LoginPage.tsx'],
  dashboard: ['src/app/Shell.tsx', 'src/features/provider/DashboardPage.tsx'],
};

/** Every chunk a set of manifest keys loads before running: the keys and their static imports, transitively. */
export function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    seen.add(key);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return seen;
}

function main() {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const gz = new Map<string, number>();
  const gzipOf = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file))).length);
    return gz.get(file)!;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  const failures: string[] = [];

  for (const [route, modules] of Object.entries(budgetedRoutes)) {
    const files = [...staticClosure(manifest, [entry, ...modules])]
      .map((k) => manifest[k]!.file)
      .filter((f) => f.endsWith('.js'));
    const total = files.reduce((sum, f) => sum + gzipOf(f), 0);
    const line = `initial JS of ${route}: ${kb(total)} gzip in ${files.length} files (budget ${kb(budgets.initialRouteGzip)})`;
    process.stdout.write(`${line}\n`);
    if (total > budgets.initialRouteGzip) failures.push(line);
  }

  const chunks = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const sized = chunks.map((f) => ({ file: f, gzip: gzipOf(f) })).sort((a, b) => b.gzip - a.gzip);
  const largest = sized[0];
  process.stdout.write(
    `largest chunk: ${largest ? `${largest.file} ${kb(largest.gzip)}` : 'none'} gzip of ${chunks.length} chunks (budget ${kb(budgets.chunkGzip)} each)\n`,
  );
  for (const c of sized.filter((c) => c.gzip > budgets.chunkGzip))
    failures.push(`chunk ${c.file} is ${kb(c.gzip)} gzip`);

  if (failures.length) {
    process.stderr.write(`bundle over budget:\n  ${failures.join('\n  ')}\n`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
