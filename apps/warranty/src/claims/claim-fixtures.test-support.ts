import { key, type WarrantyClient } from '../../test/warranty-harness.ts';

/** Test fixtures: what a claim needs — a model in the catalogue and a unit sold — written through the API. */

type Input<P extends { mutate: (input: never) => unknown }> = Omit<Parameters<P['mutate']>[0], 'idempotencyKey'>;
type ModelInput = Input<WarrantyClient['models']['upsert']>;
type SaleInput = Input<WarrantyClient['sales']['register']>;
type ClaimReport = Input<WarrantyClient['claims']['open']>['claim'];
type RepairInput = Input<WarrantyClient['history']['recordRepair']>;

/** The 55" colour TV most tests sell; its main parts are the colour-TV policy's. */
export const colourTv55: ModelInput = {
  modelCode: 'TV-55X',
  categoryCode: 'colour_tv',
  nameZh: '55寸彩电',
  nameEn: '55" colour TV',
  mainParts: [],
};

/** Puts a model in the catalogue: the 55" colour TV, with whatever `model` changes. */
export const catalogueModel = (admin: WarrantyClient, model: Partial<ModelInput> = {}) =>
  admin.models.upsert.mutate({ idempotencyKey: key(), ...colourTv55, ...model });

/** Sells a unit in a store: the 55" colour TV, invoiced 2024-03-01 at ¥3,000.00, unless `sale` says otherwise. */
export const sellUnit = (admin: WarrantyClient, serial: string, sale: Partial<SaleInput> = {}) =>
  admin.sales.register.mutate({
    idempotencyKey: key(),
    serial,
    modelCode: colourTv55.modelCode,
    channel: 'store',
    invoiceDate: '2024-03-01',
    priceFen: 300_000,
    ...sale,
  });

/** A provider opens a quality claim on the unit, raised at `raisedAt`, with what else `claim` reports. */
export const openQualityClaim = (
  provider: WarrantyClient,
  serial: string,
  raisedAt: string,
  claim: Partial<Omit<ClaimReport, 'type' | 'raisedAt'>> = {},
) => provider.claims.open.mutate({ idempotencyKey: key(), serial, claim: { type: 'quality', raisedAt, ...claim } });

/** Records a repair of the unit: staff may for any unit, a provider once it serves the unit. */
export const recordRepair = (by: WarrantyClient, serial: string, repair: Omit<RepairInput, 'serial'>) =>
  by.history.recordRepair.mutate({ idempotencyKey: key(), serial, ...repair });

/** Staff record two repairs of the same fault (NO_PICTURE) that left the unit faulty: 1–5 April and 1–7 May 2024. */
export async function recordTwoFailedRepairs(staff: WarrantyClient, serial: string) {
  const spells = [
    ['2024-04-01', '2024-04-05'],
    ['2024-05-01', '2024-05-07'],
  ] as const;
  for (const [sentOn, completedOn] of spells)
    await recordRepair(staff, serial, { sentOn, completedOn, fixed: false, faultCode: 'NO_PICTURE' });
}
