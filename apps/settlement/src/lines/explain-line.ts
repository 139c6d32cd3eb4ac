import { isDeepStrictEqual } from 'node:util';
import type { RateCardVersion } from '../rate-cards/rate-card.ts';
import { computeLine, type LineComputation } from './line-computation.ts';
import type { StoredLine } from './lines.repository.ts';

export interface LineExplained {
  line: StoredLine;
  recomputed: LineComputation;
  /** The stored amount and components equal a fresh computation from the stored inputs and rate-card version. */
  reproduces: boolean;
}

/** Recomputes a stored line from what it stored and its own rate-card version. */
export function explainLine(line: StoredLine, version: RateCardVersion): LineExplained {
  if (version.id !== line.rateCardVersionId)
    throw new RangeError(`line ${line.id} was computed with rate card ${line.rateCardVersionId}, not ${version.id}`);
  const recomputed = computeLine(version, {
    serviceType: line.serviceType,
    operationCode: line.operationCode,
    category: line.category,
    grade: line.grade,
    region: line.region,
    oneWayMeters: line.oneWayMeters,
    partsCostFen: line.partsCostFen,
  });
  const reproduces =
    recomputed.amountFen === line.amountFen &&
    recomputed.standardMinutes === line.standardMinutes &&
    recomputed.travelBandFromKm === line.travelBandFromKm &&
    isDeepStrictEqual(recomputed.components, line.explanation.components);
  return { line, recomputed, reproduces };
}
