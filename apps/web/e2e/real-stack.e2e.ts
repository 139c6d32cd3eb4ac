import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { buildBundle } from './support/bundle.ts';
import { startRealStack, type RealStack } from './support/real-stack.ts';

// The web UI against the whole suite (support/real-stack.ts): the gateway with password login serving
// the built bundle, warranty, parts, the worker, Postgres and Temporal, loaded with the demo data.
// One stack for the file; the tests run in order and the main flow builds on the earlier steps.
const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const password = 'sanbao-demo-2026';
const maxFailures = 3;
type Locale = 'zh-CN' | 'en';

const run = browserAvailable();

/** antd puts a space between two Chinese characters on a button ("登 录"); match either way. */
const button = (page: Page, label: string) =>
  page.getByRole('button', {
    name: new RegExp(`^\\s*${[...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}\\s*$`),
  });

describe.skipIf(!run)('web UI end to end (gateway, services, worker, Postgres, Temporal)', () => {
  let browser: Browser;
  let stack: RealStack;
  /** provider2 signed in at the start and left idle past the session's lifetime. */
  let idle: { page: Page; since: number };

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    const dist = await buildBundle();
    [stack, browser] = await Promise.all([
      startRealStack({
        distDir: dist,
        gatewayEnv: {
          LOGIN_MAX_FAILURES: String(maxFailures),
          // The shortest the gateway allows: an idle session is over after a minute.
          ACCESS_TOKEN_TTL_SECONDS: '30',
          REFRESH_TOKEN_TTL_SECONDS: '60',
        },
      }),
      launchBrowser(),
    ]);
    const { page } = await open('en');
    await signIn(page, 'en', 'provider2');
    await page.waitForURL('**/provider');
    idle = { page, since: Date.now() };
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function open(locale: Locale): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: stack.url, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
    await context.addInitScript((l) => localStorage.setItem('sanbao.locale', l), locale);
    return { context, page: await context.newPage() };
  }

  async function signIn(page: Page, locale: Locale, username: string, secret = password) {
    await page.goto('/login');
    await page.getByLabel(locale === 'en' ? 'Username' : '用户名').fill(username);
    await page.locator('input[name=password]').fill(secret);
    await button(page, locale === 'en' ? 'Sign in' : '登录').click();
  }

  async function as(username: string, locale: Locale = 'en') {
    const session = await open(locale);
    await signIn(session.page, locale, username);
    await session.page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return session;
  }

  const shot = (page: Page, name: string, locale: Locale) => page.screenshot({ path: `${screenshots}${name}.${locale}.png`, fullPage: true });

  test('a wrong password is refused, and repeated failures lock the account', async () => {
    const { context, page } = await open('en');
    await signIn(page, 'en', 'provider1', 'not-the-password');
    await page.getByText('Wrong username or password').waitFor();
    for (let i = 1; i < maxFailures; i++) await signIn(page, 'en', 'finance1', 'wrong-again');
    await signIn(page, 'en', 'finance1', 'wrong-again');
    await page.getByText('the account is locked').waitFor();
    // Locked: even the right password is refused now.
    await signIn(page, 'en', 'finance1');
    await page.getByText('the account is locked').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  test('each role signs in to its main page, in Chinese and in English', async () => {
    const pages = [
      ['provider1', '/provider', 'provider-dashboard'],
      ['warehouse1', '/warehouse', 'warehouse-pick-ship'],
      ['manager1', '/manager', 'manager-inbox'],
    ] as const;
    for (const locale of ['zh-CN', 'en'] as const) {
      const { context, page } = await open(locale);
      await page.goto('/login');
      await shot(page, 'login', locale);
      await context.close();
      for (const [user, path, name] of pages) {
        const s = await as(user, locale);
        await s.page.waitForURL(`**${path}`);
        await s.page.waitForLoadState('networkidle');
        await shot(s.page, name, locale);
        await s.context.close();
      }
    }
  });
});
