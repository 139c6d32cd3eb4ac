import { addFen, subtractFen, type Fen } from '@sanbao/money';

/**
 * A provider's exposure: factory value it holds and has not yet given back.
 * - issuedNotConsumedFen: warranty parts received and not yet reported used in a repair;
 * - awaitingReturnFen: old parts that must come back and have not yet been confirmed by the warehouse;
 * - openChargebacksFen: chargebacks settlement has not yet taken, net of reversals.
 */
export interface ExposureComponents {
  issuedNotConsumedFen: Fen;
  awaitingReturnFen: Fen;
  openChargebacksFen: Fen;
}

export interface Exposure extends ExposureComponents {
  totalFen: Fen;
  creditLimitFen: Fen;
  /** Credit left; negative when the provider is already over its limit. */
  headroomFen: Fen;
  overLimit: boolean;
}

export function exposureOf(components: ExposureComponents, creditLimitFen: Fen): Exposure {
  const totalFen = addFen(components.issuedNotConsumedFen, components.awaitingReturnFen, components.openChargebacksFen);
  const headroomFen = subtractFen(creditLimitFen, totalFen);
  return { ...components, totalFen, creditLimitFen, headroomFen, overLimit: headroomFen < 0 };
}

/** A request that would take exposure past the limit cannot be auto-approved: a manager decides. */
export const wouldExceedCreditLimit = (
  exposure: Pick<Exposure, 'totalFen' | 'creditLimitFen'>,
  requestValueFen: Fen,
): boolean => addFen(exposure.totalFen, requestValueFen) > exposure.creditLimitFen;
