import { key, type SettlementClient, type SettlementHarness } from './settlement-harness.ts';

/** Four providers as the bank knows them: one account and one name each. */
export const bankPayees = [
  { providerId: 'SP-A', account: '6222 0000 0001', name: '华东家电服务部' },
  { providerId: 'SP-B', account: '6222 0000 0002', name: '华南维修中心' },
  { providerId: 'SP-C', account: '6222 0000 0003', name: '西部服务站' },
  { providerId: 'SP-D', account: '6222 0000 0004', name: '北方服务公司' },
] as const;

export async function registerBankPayees(finance: SettlementClient): Promise<void> {
  for (const { providerId, account, name } of bankPayees)
    await finance.payments.registerPayee.mutate({
      idempotencyKey: key(),
      providerId,
      accounts: [account],
      names: [name],
    });
}

interface Owed {
  number: string;
  netPayableFen: number;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * A bank file that gives every result, for approved statements of the payees above: one payment for
 * SP-A's two statements (a1, a2: many-to-one, by their numbers), SP-B paid 10 yuan short by account,
 * SP-C paid 5 yuan over by name and number, the first payment again, a stranger, SP-D exactly. The first
 * three payments are dated `days[0]`, the rest `days[1]`.
 */
export function fiveResultsBankFile(
  s: { a1: Owed; a2: Owed; b: Owed; c: Owed; d: Owed },
  days: readonly [string, string],
) {
  const both = `${yuan(s.a1.netPayableFen + s.a2.netPayableFen)},"服务费 ${s.a1.number} ${s.a2.number}"`;
  const csv = [
    'bank_reference,value_date,payee_account,payee_name,amount_yuan,remittance',
    `BR-1,${days[0]},6222 0000 0001,华东家电服务部,${both}`,
    `BR-2,${days[0]},6222-0000-0002,,${yuan(s.b.netPayableFen - 1_000)},`,
    `BR-3,${days[0]},,西部服务站,${yuan(s.c.netPayableFen + 500)},${s.c.number}`,
    `BR-1,${days[1]},6222 0000 0001,华东家电服务部,${both}`,
    `BR-5,${days[1]},9999 0000,不认识的公司,123.45,`,
    `BR-6,${days[1]},6222 0000 0004,北方服务公司,${yuan(s.d.netPayableFen)},${s.d.number}`,
  ].join('\n');
  return Buffer.from(csv);
}

/** What that file gives, row by row (the header is row 1): result and rule. */
export const fiveResults = [
  [2, 'matched', 'statement_number'],
  [3, 'underpaid', 'payee_oldest_first'],
  [4, 'overpaid', 'statement_number'],
  [5, 'duplicate_payment', 'bank_reference'],
  [6, 'unknown_payee', 'none'],
  [7, 'matched', 'statement_number'],
] as const;

export const fiveResultsSummary = {
  rows: 6,
  matched: 2,
  underpaid: 1,
  overpaid: 1,
  duplicatePayment: 1,
  unknownPayee: 1,
} as const;

/** Imports a payment file as finance and waits until the service has read it; its import id. */
export async function importPaymentFile(
  h: SettlementHarness,
  fileName: string,
  format: 'csv' | 'xlsx',
  content: Buffer,
): Promise<number> {
  const { importId } = await h.finance.payments.import.mutate({
    idempotencyKey: key(),
    fileName,
    format,
    contentBase64: content.toString('base64'),
  });
  await h.app.background.whenIdle();
  return importId;
}
