import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const webRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/** The production bundle, built exactly as CI and the gateway serve it. */
export async function buildBundle(): Promise<string> {
  await build({ root: webRoot, configFile: `${webRoot}/vite.config.ts`, logLevel: 'warn' });
  return distDir;
}
