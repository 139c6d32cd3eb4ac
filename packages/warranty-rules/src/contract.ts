// The engine contract (docs/warranty-law.md, "The engine's contract"). Field names and meanings are fixed;
// the only additions are optional fields (`citation` on remedies and denials, `needsLegalReview`
// on a policy), which the contract allows.

/** "YYYY-MM-DD", a calendar date in China Standard Time. */
export type Day = string;
/** ISO-8601 with offset ("2024-06-08T23:30:00+08:00" or "...Z"); converted to CST before taking the date (T1). */
export type Instant = string;
/** Integer fen; 1 yuan = 100 fen. */
export type Fen = number;
/** Basis points: 0.1% = 10 bp. */
export type Bp = number;

export type Regime = 'general' | 'mobile_phone' | 'microcomputer' | 'household_car' | 'uncatalogued';
export type SalesChannel = 'store' | 'online' | 'tv' | 'phone' | 'mail';

export interface Policy {
  regime: Regime;
  /** A3: cars, computers, TVs, fridges, air-conditioners, washing machines... */
  durable?: boolean;
  /** 整机三包有效期; cars: 三包有效期 (>= 24). */
  wholeUnitMonths: number;
  /** 主要部件三包有效期; cars: 包修期 (>= 36). */
  mainPartMonths: number;
  /** Part codes that count as main parts. */
  mainParts?: string[];
  /** Phones: part code -> period in months (battery 6, headset 3, ...). */
  accessoryMonths?: Record<string, number>;
  /** Annex 折旧率 per used day (colour TV 10, bicycle 5). */
  dailyDepreciationBp?: Bp;
  /** B6a 90; phones C8 60. */
  noPartsReplaceDays?: number;
  /** B6b 30. */
  repairerDelayReplaceDays?: number;
  /** Cars: 三包有效期 km (50000). */
  wholeUnitKm?: number;
  /** Cars: 包修期 km (60000). */
  mainPartKm?: number;
  /** Cars: engine, transmission, traction battery, drive motor and their main components. */
  powertrainParts?: string[];
  /** Cars: n printed on the voucher; capped at 50 (0.5%) — G11. */
  usageFactorBp?: Bp;
  /** Extra (optional): a value of this policy is unconfirmed ([U] in docs/warranty-law.md); raises `needs_legal_review`. */
  needsLegalReview?: boolean;
}

export interface SaleDocuments {
  invoice?: boolean;
  voucher?: boolean;
  voucherModelMatches?: boolean;
  voucherAltered?: boolean;
  otherProofOfPurchase?: boolean;
}

export interface Sale {
  channel: SalesChannel;
  invoiceDate: Day;
  /** Signed for (签收). */
  deliveredAt?: Instant;
  /** Installation completed by seller/maker. */
  installedOn?: Day;
  /** Invoice price. */
  priceFen: Fen;
  /** Actually paid, where the operator proves it differs (A4). */
  paidFen?: Fen;
  /** Defaults: invoice true, voucher true, voucherModelMatches true, voucherAltered false, otherProofOfPurchase false. */
  documents?: SaleDocuments;
}

export interface Repair {
  sentOn: Day;
  /** Days occupied = completedOn - sentOn (waiting for parts included). */
  completedOn?: Day;
  partCode?: string;
  faultCode?: string;
  /** false: the product still could not be used normally afterwards. */
  fixed: boolean;
  /** Cars, G7(1). */
  seriousSafetyFault?: boolean;
  /** Cars: single repair time in hours (T12). */
  hours?: number;
  /** Cars: the part of `hours` that G8 excludes from the 30-day count. */
  excludedHours?: number;
}

/** `scope` is "unit" (the whole unit) or the part code replaced. */
export interface Replacement {
  on: Day;
  scope: string;
}

export type SeriousSafetyFault = 'steering' | 'brake' | 'body_crack' | 'fuel_leak' | 'battery_fire' | 'other';

/** The kinds of goods the no-reason return rules tell apart (the claim form offers them in this order). */
export const NO_REASON_GOODS = [
  'ordinary',
  'custom_made',
  'perishable',
  'digital_unsealed',
  'periodical',
  'safety_sealed',
  'value_drops_on_activation',
  'disclosed_defect_or_near_expiry',
] as const;
export type NoReasonGoods = (typeof NO_REASON_GOODS)[number];

export interface ClaimCauses {
  misuse?: boolean;
  unauthorizedDisassembly?: boolean;
  forceMajeure?: boolean;
  disclosedDefect?: boolean;
}

export interface PendingRepair {
  sentOn: Day;
  waitingForProducerParts?: boolean;
  delayedByRepairer?: boolean;
}

export interface NoReasonFacts {
  goods: NoReasonGoods;
  confirmedNonReturnableAtPurchase?: boolean;
  confirmationPreselected?: boolean;
  /** H6/H7, judged by the receiving clerk or the consumer's photos. */
  intact: boolean;
}

export interface Claim {
  type: 'quality' | 'no_reason';
  /** When the consumer raised it; its CST date is the claim date. */
  raisedAt: Instant;
  /** Failed part; absent = the whole unit. */
  partCode?: string;
  /** The fault, coded as on repair records (the B11 repeat failure, default 33). */
  faultCode?: string;
  /** A listed 性能故障 (default true). */
  performanceFault?: boolean;
  seriousSafetyFault?: SeriousSafetyFault;
  /** Cars. */
  odometerKm?: number;
  causes?: ClaimCauses;
  /** Default true. */
  sellerHasSameModel?: boolean;
  pendingRepair?: PendingRepair;
  noReason?: NoReasonFacts;
}

export interface ClaimCalendar {
  /** Statutory holidays (T6). */
  holidays?: Day[];
  /** 调休 make-up working days (T14). */
  makeUpWorkdays?: Day[];
}

export interface ClaimFacts {
  policy: Policy;
  sale: Sale;
  history?: { repairs?: Repair[]; replacements?: Replacement[] };
  claim: Claim;
  calendar?: ClaimCalendar;
}

export type RemedyKind =
  'no_reason_return' | 'refund' | 'replace' | 'replace_part' | 'repair' | 'paid_repair' | 'courtesy_car';

export interface Remedy {
  kind: RemedyKind;
  free: boolean;
  /** Rule id of docs/warranty-law.md: "B3", "G7", "H5"... */
  rule: string;
  refundFen?: Fen;
  depreciationFen?: Fen;
  usageFeeFen?: Fen;
  note?: string;
  /** Extra (optional): law and article in Chinese and English, e.g. "《…》第九条 / R1995 Art 9". */
  citation?: string;
}

export interface Denial {
  kind: RemedyKind;
  rule: string;
  reason: string;
  /** Extra (optional): law and article in Chinese and English. */
  citation?: string;
}

export interface Coverage {
  startsOn: Day;
  wholeUnitEndsOn: Day;
  mainPartEndsOn: Day;
  extensionDays: number;
}

export interface Decision {
  remedies: Remedy[];
  /** Considered and refused, and why. */
  denied: Denial[];
  coverage: Coverage;
  /** Last day to send a no-reason return notice. */
  noReasonDeadline?: Day;
  flags: string[];
}

/** Flag names fixed by default 16 (docs/warranty-law.md). */
export const FLAGS = {
  burdenOfProofOnOperator: 'burden_of_proof_on_operator',
  operatorBearsTransportCosts: 'operator_bears_transport_costs',
  consumerPaysReturnShipping: 'consumer_pays_return_shipping',
  usageFactorCapped: 'usage_factor_capped',
  needsLegalReview: 'needs_legal_review',
  /** H5: the no-reason deadline counts from the invoice date because no delivery was recorded (default 32). */
  deliveryDateAssumed: 'delivery_date_assumed',
} as const;

export type Flag = (typeof FLAGS)[keyof typeof FLAGS];
