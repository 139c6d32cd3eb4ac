import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { buildBundle } from './support/bundle.ts';
import { startFakeStack, type FakeStack } from './support/fake-stack.ts';
import { demoPassword, type Username } from './support/fixtures.ts';

// Page-level smoke test of the built bundle against a stand-in gateway (support/fake-stack.ts):
// each role signs in and opens its main pages in zh-CN and in English; screenshots go to
// docs/screenshots/. The full end-to-end against the real stack reuses support/ with the gateway.
// Its own folder: the README shows the real-stack run's pictures (real-stack.e2e.ts), never these.
const screenshots = fileURLToPath(new URL('../../../docs/screenshots/fake-stack/', import.meta.url));
const locales = ['zh-CN', 'en'] as const;
type Locale = (typeof locales)[number];

const text = {
  'zh-CN': {
    username: '用户名',
    signIn: '登录',
    openClaims: '处理中的三包单',
    overdue: '已逾期 2 天',
    next: '下一步',
    decide: '提交判定',
    remedies: '可选处理方式',
    load: '载入物料清单',
    exposure: '信用占用',
    arrived: '已到货待确认',
    confirm: '确认收货结果',
    scanned: '已扫描',
    show: '查询',
    inbox: '审批待办',
    open: '查看',
    reject: '驳回',
    needComment: '驳回时必须填写意见',
    decisionExplained: '判定说明',
    invalid: '用户名或密码错误',
    locked: '账户已锁定',
    expired: '会话已过期',
    unavailable: '审批服务暂不可用',
    pickShip: '待备货',
    toShip: '待发货',
    ship: '发货',
    forbidden: '无权查看此内容',
  },
  en: {
    username: 'Username',
    signIn: 'Sign in',
    openClaims: 'Open claims',
    overdue: '2 days overdue',
    next: 'Next',
    decide: 'Decide',
    remedies: 'Remedies offered',
    load: 'Load BOM',
    exposure: 'Credit exposure',
    arrived: 'Arrived, to confirm',
    confirm: 'Confirm the outcomes',
    scanned: 'Scanned',
    show: 'Show',
    inbox: 'Approvals inbox',
    open: 'Open',
    reject: 'Reject',
    needComment: 'A rejection needs a comment',
    decisionExplained: 'The decision explained',
    invalid: 'Wrong username or password',
    locked: 'the account is locked',
    expired: 'Your session expired',
    unavailable: 'Approvals service not available',
    pickShip: 'To reserve',
    toShip: 'To ship',
    ship: 'Ship',
    forbidden: 'You may not see this',
  },
} satisfies Record<Locale, Record<string, string>>;

const run = browserAvailable();

describe.skipIf(!run)('web UI smoke (built bundle, stand-in gateway)', () => {
  let browser: Browser;
  let stack: FakeStack;
  let noApprovals: FakeStack;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    const dist = await buildBundle();
    [stack, noApprovals, browser] = await Promise.all([
      startFakeStack(dist, { approvals: true }),
      startFakeStack(dist),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await noApprovals?.close();
  });

  async function open(locale: Locale, base = stack.url): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      baseURL: base,
      locale: locale === 'en' ? 'en-US' : 'zh-CN',
    });
    await context.addInitScript((l) => localStorage.setItem('sanbao.locale', l), locale);
    const page = await context.newPage();
    return { context, page };
  }

  async function signIn(page: Page, locale: Locale, username: Username | 'locked', password = demoPassword) {
    await page.goto('/login');
    await page.getByLabel(text[locale].username).fill(username);
    await page.locator('input[name=password]').fill(password);
    await button(page, text[locale].signIn).click();
  }

  /** antd puts a space between two Chinese characters on a button ("登 录"); match either way. */
  const button = (page: Page, label: string) =>
    page.getByRole('button', {
      name: new RegExp(`^\\s*${[...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}\\s*$`),
    });

  const shot = (page: Page, name: string, locale: Locale) =>
    page.screenshot({ path: `${screenshots}${name}.${locale}.png`, fullPage: true });

  for (const locale of locales) {
    const t = text[locale];

    test(`login page, wrong password and lockout (${locale})`, async () => {
      const { context, page } = await open(locale);
      await page.goto('/login');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
      await shot(page, 'login', locale);
      await signIn(page, locale, 'provider1', 'wrong');
      await page.getByText(t.invalid).waitFor();
      await signIn(page, locale, 'locked', 'whatever');
      await page.getByText(t.locked).waitFor();
      await context.close();
    });

    test(`provider: dashboard, claim wizard, parts request, returns (${locale})`, async () => {
      const { context, page } = await open(locale);
      await signIn(page, locale, 'provider1');
      await page.waitForURL('**/provider');
      await page.getByText('CL-2026-00012').waitFor();
      await page.getByText(t.overdue).waitFor();
      await expect(page.getByRole('heading', { name: t.openClaims }).count()).resolves.toBe(1);
      await shot(page, 'provider-dashboard', locale);

      await page.goto('/provider/claims/new');
      await page.locator('input#serial').fill('DEMO-TV-0012');
      await page.locator('input#serial').press('Enter');
      await page.getByText('TV-55A').first().waitFor();
      await button(page, t.next).click();
      await button(page, t.decide).click();
      await page.getByText(t.remedies).waitFor();
      await page.getByText('¥3,299.00').waitFor();
      await shot(page, 'provider-claim-decision', locale);

      await page.goto('/provider/requests?new=1');
      await page.getByText(t.exposure).first().waitFor();
      await page.getByRole('textbox', { name: /TV|BOM|物料|型号|Model/ }).fill('TV-55A');
      await button(page, t.load).click();
      await page.getByText('TV55-PANEL').waitFor();
      await shot(page, 'provider-parts-request', locale);

      await page.goto('/provider/returns');
      await page.getByText('RT-2026-00032').waitFor();
      await page.getByRole('checkbox', { name: 'RT-2026-00032' }).check();
      await shot(page, 'provider-returns', locale);
      await page.emulateMedia({ media: 'print' });
      await page.locator('.return-tag svg').first().waitFor({ state: 'attached' });
      await page.screenshot({ path: `${screenshots}provider-return-tag-print.${locale}.png` });
      await page.emulateMedia({ media: 'screen' });
      await context.close();
    });

    test(`warehouse: pick and ship, incoming returns with a scanned tag, stock (${locale})`, async () => {
      const { context, page } = await open(locale);
      await signIn(page, locale, 'warehouse1');
      await page.waitForURL('**/warehouse');
      await page.getByText('PR-2026-00020').waitFor();
      await shot(page, 'warehouse-pick-ship', locale);
      await page.getByRole('tab', { name: t.toShip }).click();
      await page.getByText('PR-2026-00019').click();
      await page.locator('input#carrier').fill('SF');
      await page.locator('input#trackingNumber').fill('SF999');
      await button(page, t.ship).click();
      // The service's field error shows under the field it names.
      await page.locator('#trackingNumber_help').getByText('is already used by PR-2026-00018').waitFor();

      await page.goto('/warehouse/returns');
      await page.getByRole('tab', { name: t.arrived }).click();
      await button(page, t.confirm).first().click();
      const scanner = page.locator('[data-testid=tag-scanner] input, input[data-testid=tag-scanner]').first();
      await scanner.fill('SBRT00000034');
      await scanner.press('Enter');
      await page.getByText(t.scanned).waitFor();
      await shot(page, 'warehouse-scan-returns', locale);

      await page.goto('/warehouse/stock');
      await page.locator('input#partCode').fill('TV55-MB');
      await button(page, t.show).click();
      await page.getByText('42').first().waitFor();
      await shot(page, 'warehouse-stock', locale);
      await context.close();
    });

    test(`manager: approvals inbox with SLA countdowns, a decision, claim detail (${locale})`, async () => {
      const { context, page } = await open(locale);
      await signIn(page, locale, 'manager1');
      await page.waitForURL('**/manager');
      await page.getByText('PR-2026-00022').waitFor();
      await shot(page, 'manager-inbox', locale);
      await button(page, t.open).first().click();
      await button(page, t.reject).click();
      await page.getByText(t.needComment).waitFor();
      await page
        .getByRole('dialog')
        .getByRole('textbox')
        .last()
        .fill(locale === 'en' ? 'Not needed' : '不需要');
      await button(page, t.reject).click();
      await expect.poll(() => stack.mutations.some((m) => m.path.endsWith('inbox.decide'))).toBe(true);
      expect(stack.mutations.every((m) => m.csrfOk)).toBe(true);

      await page.goto('/claims/12');
      await page.getByText(t.decisionExplained).waitFor();
      await shot(page, 'manager-claim-detail', locale);
      await page.goto('/provider');
      await page.getByText(t.forbidden).waitFor();
      await context.close();
    });
  }

  test('the manager inbox says honestly when the approvals service is not there', async () => {
    const { context, page } = await open('zh-CN', noApprovals.url);
    await signIn(page, 'zh-CN', 'manager1');
    await page.getByText(text['zh-CN'].unavailable).waitFor();
    await shot(page, 'manager-inbox-unavailable', 'zh-CN');
    await context.close();
  });

  test('an expired session that cannot be refreshed returns to the login page', async () => {
    const { context, page } = await open('en', noApprovals.url);
    await signIn(page, 'en', 'provider1');
    await page.waitForURL('**/provider');
    await page.getByText('CL-2026-00012').waitFor();
    noApprovals.expireSessions();
    // A page reached inside the app: its API call gets 401, the refresh fails too.
    await page.getByRole('navigation').getByRole('link', { name: 'Claims', exact: true }).click();
    await page.getByText(text.en.expired).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });
});
