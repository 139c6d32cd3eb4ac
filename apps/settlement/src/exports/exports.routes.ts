import { canSee, tenancyOf } from '@sanbao/trpc';
import { InvalidTokenError, type AuthUser, type Role, type TokenVerifier } from '@sanbao/trpc/auth';
import type { Service } from '@sanbao/service-kit';
import { paymentsPage } from '../reconciliation/reconciliation.repository.ts';
import { importById } from '../reconciliation/reconciliation.repository.ts';
import type { SettlementDeps } from '../settlement-deps.ts';
import { itemsOf, statementById } from '../statements/statements.repository.ts';
import { streamWorkbook } from './xlsx-stream.ts';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const yuan = (fen: number) => Math.round(fen) / 100;

async function userOf(header: string | undefined, verify: TokenVerifier): Promise<AuthUser | null> {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) return null;
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) return null;
    throw error;
  }
}

async function* once<T>(rows: T[]): AsyncIterable<T[]> {
  yield rows;
}

/**
 * XLSX exports beside /trpc, streamed as they are written, behind the same bearer tokens:
 * GET /exports/statement/:statementId (the provider its own, finance all) and
 * GET /exports/reconciliation/:importId (finance).
 */
export function mountExports(service: Service, deps: SettlementDeps, verifyToken: TokenVerifier): void {
  const { app } = service;
  const allowed = (user: AuthUser | null, roles: Role[]) => user !== null && roles.includes(user.role);

  app.get('/exports/statement/:statementId', async (c) => {
    const user = await userOf(c.req.header('authorization'), verifyToken);
    if (!user) return c.json({ error: 'a valid bearer token is required' }, 401);
    if (!allowed(user, ['provider', 'finance', 'admin', 'manager']))
      return c.json({ error: `role ${user.role} may not do this` }, 403);
    const id = Number(c.req.param('statementId'));
    const statement = Number.isSafeInteger(id) && id > 0 ? await statementById(deps.db, id) : null;
    if (!statement || !canSee(tenancyOf(user), statement)) return c.json({ error: 'statement not found' }, 404);
    const items = await itemsOf(deps.db, statement.id);
    const body = streamWorkbook(
      [
        {
          name: statement.number,
          columns: [
            { header: 'item', key: 'item', width: 14 },
            { header: 'line_id', key: 'lineId' },
            { header: 'deduction_id', key: 'deductionId' },
            { header: 'dispute_id', key: 'disputeId' },
            { header: 'amount_yuan', key: 'amount', width: 14 },
          ],
          rows: () =>
            once(
              items.map((i) => ({
                item: i.kind,
                lineId: i.lineId,
                deductionId: i.deductionId,
                disputeId: i.disputeId,
                amount: i.kind === 'deduction' ? -yuan(i.amountFen) : yuan(i.amountFen),
              })),
            ),
        },
        {
          name: 'totals',
          columns: [
            { header: 'statement', key: 'number', width: 20 },
            { header: 'provider', key: 'providerId' },
            { header: 'period', key: 'period' },
            { header: 'state', key: 'state' },
            { header: 'lines_yuan', key: 'lines' },
            { header: 'deductions_yuan', key: 'deductions' },
            { header: 'vat_yuan', key: 'vat' },
            { header: 'net_payable_yuan', key: 'net' },
          ],
          rows: () =>
            once([
              {
                number: statement.number,
                providerId: statement.providerId,
                period: statement.period,
                state: statement.state,
                lines: yuan(statement.linesFen),
                deductions: yuan(statement.deductionsFen),
                vat: yuan(statement.vatFen),
                net: yuan(statement.netPayableFen),
              },
            ]),
        },
      ],
      (err) => c.get('log').error({ err }, 'statement export failed'),
    );
    return new Response(body, {
      headers: { 'content-type': xlsx, 'content-disposition': `attachment; filename="${statement.number}.xlsx"` },
    });
  });

  app.get('/exports/reconciliation/:importId', async (c) => {
    const user = await userOf(c.req.header('authorization'), verifyToken);
    if (!user) return c.json({ error: 'a valid bearer token is required' }, 401);
    if (!allowed(user, ['finance', 'admin'])) return c.json({ error: `role ${user.role} may not do this` }, 403);
    const id = Number(c.req.param('importId'));
    const found = Number.isSafeInteger(id) && id > 0 ? await importById(deps.db, id) : null;
    if (!found) return c.json({ error: 'payment import not found' }, 404);
    async function* pages() {
      let afterId: number | undefined;
      for (;;) {
        const rows = await paymentsPage(deps.db, {
          importId: id,
          limit: 1000,
          ...(afterId === undefined ? {} : { afterId }),
        });
        if (rows.length === 0) return;
        yield rows.map((p) => ({
          row: p.rowNumber,
          bankReference: p.bankReference,
          valueDate: p.valueDate,
          payee: p.payeeName ?? p.payeeAccount,
          amount: yuan(p.amountFen),
          outcome: p.outcome,
          rule: p.rule,
          providerId: p.providerId,
          unallocated: yuan(p.unallocatedFen),
          short: yuan(p.shortFen),
          action: p.action,
        }));
        afterId = rows.at(-1)!.id;
      }
    }
    const body = streamWorkbook(
      [
        {
          name: 'reconciliation',
          columns: [
            { header: 'row', key: 'row' },
            { header: 'bank_reference', key: 'bankReference', width: 16 },
            { header: 'value_date', key: 'valueDate', width: 12 },
            { header: 'payee', key: 'payee', width: 24 },
            { header: 'amount_yuan', key: 'amount', width: 14 },
            { header: 'result', key: 'outcome', width: 18 },
            { header: 'rule', key: 'rule', width: 24 },
            { header: 'provider', key: 'providerId' },
            { header: 'unallocated_yuan', key: 'unallocated' },
            { header: 'short_yuan', key: 'short' },
            { header: 'action', key: 'action', width: 60 },
          ],
          rows: pages,
        },
      ],
      (err) => c.get('log').error({ err }, 'reconciliation export failed'),
    );
    return new Response(body, {
      headers: { 'content-type': xlsx, 'content-disposition': `attachment; filename="reconciliation-${id}.xlsx"` },
    });
  });
}
