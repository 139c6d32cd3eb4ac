import { DomainError } from '@sanbao/trpc';
import type { Fen } from '@sanbao/money';
import type { LineComponentKind, RateCardVersion, ServiceType } from '../rate-cards/rate-card.ts';

/** What a settlement line is computed from; stored on the line so that it can be recomputed. */
export interface LineInputs {
  serviceType: ServiceType;
  operationCode: string;
  category: string;
  grade: string;
  region: string;
  /** One-way distance to the customer for on-site service, in whole metres (0 for work at the service point). */
  oneWayMeters: number;
  /** Cost of the parts the provider fitted, in fen. */
  partsCostFen: Fen;
}

export interface LineComponent {
  kind: LineComponentKind;
  amountFen: Fen;
  /** The formula with its numbers filled in, for people. */
  formula: string;
  /** The numbers the formula used. */
  inputs: Record<string, number | string | null>;
}

export interface LineComputation {
  rateCardVersionId: number;
  serviceType: ServiceType;
  amountFen: Fen;
  components: LineComponent[];
  /** Standard time used for labor, when labor is paid. */
  standardMinutes: number | null;
  /** The travel band the distance ended in (its start, in km), when travel is paid. */
  travelBandFromKm: number | null;
  rounding: string;
  notes: string[];
}

/** What a stored line keeps of its computation, to show and to compare on a replay. */
export type LineExplanation = Pick<LineComputation, 'components' | 'rounding' | 'notes'>;

export const lineRounding =
  'Each component is computed exactly in integers and rounded once, half-up to the fen; the line amount is the sum of the rounded components, with no further rounding.';

/** n / d rounded half-up, for n ≥ 0 and d > 0. */
function divideHalfUp(n: bigint, d: bigint): Fen {
  const q = n / d;
  return Number((n % d) * 2n >= d ? q + 1n : q);
}

const missing = (field: string, message: string) => new DomainError('BAD_REQUEST', message, field);

/**
 * A settlement line from a rate-card version and the work done: pure, so `explain` recomputes any stored
 * line to the fen. Service type A is paid by the customer and yields 0; for B, C and D the rate card says
 * which components the manufacturer pays. A rate the card lacks is a BAD_REQUEST naming the input.
 */
export function computeLine(version: RateCardVersion, inputs: LineInputs): LineComputation {
  if (!Number.isSafeInteger(inputs.oneWayMeters) || inputs.oneWayMeters < 0)
    throw missing('oneWayMeters', 'must be whole metres, not negative');
  if (!Number.isSafeInteger(inputs.partsCostFen) || inputs.partsCostFen < 0)
    throw missing('partsCostFen', 'must be whole fen, not negative');
  const base = { rateCardVersionId: version.id, serviceType: inputs.serviceType, rounding: lineRounding };
  if (inputs.serviceType === 'A') {
    return {
      ...base,
      amountFen: 0,
      components: [],
      standardMinutes: null,
      travelBandFromKm: null,
      notes: ['Service type A (有费服务): the customer pays the provider; the manufacturer pays nothing.'],
    };
  }
  const card = version.card;
  const terms = card.serviceTypes[inputs.serviceType];
  const pays = new Set(terms.pays);
  const components: LineComponent[] = [];
  const notes: string[] = [];
  let standardMinutes: number | null = null;
  let travelBandFromKm: number | null = null;

  if (pays.has('labor')) {
    const rate = card.laborRates.find((r) => r.grade === inputs.grade && r.region === inputs.region);
    if (!rate)
      throw missing(
        'grade',
        `rate card ${version.id} has no labor rate for grade ${inputs.grade} in region ${inputs.region}`,
      );
    const time = card.standardTimes.find(
      (t) => t.operationCode === inputs.operationCode && t.category === inputs.category,
    );
    if (!time)
      throw missing(
        'operationCode',
        `rate card ${version.id} has no standard time for operation ${inputs.operationCode} on ${inputs.category}`,
      );
    standardMinutes = time.minutes;
    components.push({
      kind: 'labor',
      amountFen: divideHalfUp(BigInt(rate.fenPerHour) * BigInt(time.minutes), 60n),
      formula: `${rate.fenPerHour} fen/h (grade ${inputs.grade}, region ${inputs.region}) × ${time.minutes} min (operation ${inputs.operationCode}, ${inputs.category}) ÷ 60`,
      inputs: {
        fenPerHour: rate.fenPerHour,
        standardMinutes: time.minutes,
        grade: inputs.grade,
        region: inputs.region,
        operationCode: inputs.operationCode,
        category: inputs.category,
      },
    });
  }

  if (pays.has('travel')) {
    const { bands, capFen } = card.travel;
    let fenMetres = 0n;
    const parts: string[] = [];
    bands.forEach((band, i) => {
      const from = band.fromKm * 1000;
      const to = i + 1 < bands.length ? bands[i + 1]!.fromKm * 1000 : Infinity;
      const overlap = Math.max(0, Math.min(inputs.oneWayMeters, to) - from);
      if (overlap > 0) {
        fenMetres += BigInt(band.fenPerKm) * BigInt(overlap);
        parts.push(`${band.fenPerKm} fen/km × ${overlap / 1000} km (band from ${band.fromKm} km)`);
        travelBandFromKm = band.fromKm;
      }
    });
    travelBandFromKm ??= 0;
    const uncapped = divideHalfUp(fenMetres, 1000n);
    const amountFen = capFen === null ? uncapped : Math.min(uncapped, capFen);
    components.push({
      kind: 'travel',
      amountFen,
      formula: `${parts.length ? parts.join(' + ') : '0 km'}${capFen === null ? '' : `, capped at ${capFen} fen`}`,
      inputs: { oneWayMeters: inputs.oneWayMeters, travelBandFromKm, uncappedFen: uncapped, capFen },
    });
  }

  if (pays.has('parts_handling')) {
    components.push({
      kind: 'parts_handling',
      amountFen: divideHalfUp(BigInt(inputs.partsCostFen) * BigInt(card.partsHandlingBp), 10_000n),
      formula: `${inputs.partsCostFen} fen of parts × ${card.partsHandlingBp} bp ÷ 10000`,
      inputs: { partsCostFen: inputs.partsCostFen, partsHandlingBp: card.partsHandlingBp },
    });
  }

  if (pays.has('fixed_fee')) {
    components.push({
      kind: 'fixed_fee',
      amountFen: terms.fixedFeeFen,
      formula: `fixed fee for service type ${inputs.serviceType}: ${terms.fixedFeeFen} fen`,
      inputs: { serviceType: inputs.serviceType, fixedFeeFen: terms.fixedFeeFen },
    });
  }

  const unpaid = ['labor', 'travel', 'parts_handling', 'fixed_fee'].filter((k) => !pays.has(k as LineComponentKind));
  if (unpaid.length)
    notes.push(`Service type ${inputs.serviceType}: rate card ${version.id} pays no ${unpaid.join(', ')}.`);
  const amountFen = components.reduce((sum, c) => sum + c.amountFen, 0);
  if (!Number.isSafeInteger(amountFen)) throw missing('partsCostFen', 'the line amount is out of range');
  return { ...base, amountFen, components, standardMinutes, travelBandFromKm, notes };
}
