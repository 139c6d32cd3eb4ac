import { addDays, chinaMidnightOf } from '@sanbao/calendar';
import { defineSignal } from '@temporalio/workflow';

export const returnTagWorkflowId = (tagId: number) => `return-tag:${tagId}`;

/**
 * Business facts only: the reminder lead and the late-arrival wait come from the policy
 * (`loadApprovalPolicy('old_part_return')`).
 */
export interface OldPartReturnInput {
  tagId: number;
  tagNumber?: string | undefined;
  /** The provider that owes the part: its inbox row can be filtered by it. */
  providerId?: string | undefined;
  /**
   * The tag's due date (China Standard Time, 'YYYY-MM-DD'), which already counts the holiday calendar;
   * the tag is overdue from the start of the next day (`overdueFrom`).
   */
  dueOn: string;
  /** Overrides the instant computed from `dueOn`: tests run a due date in seconds with it. */
  overdueAt?: string | undefined;
}

export interface OldPartReturnResult {
  /** 'returned': back and inspected as a confirmed defect; 'charged_back': the provider owes the part. */
  outcome: 'returned' | 'charged_back';
  chargebacks: number;
  reversals: number;
  inspection?: string | undefined;
}

/** The start of the day after `dueOn` (a CST calendar date): from then on the tag is overdue. */
export function overdueFrom(dueOn: string): string {
  return chinaMidnightOf(addDays(dueOn, 1));
}

export const receiptOutcomes = ['received', 'missing', 'wrong_part', 'damaged_in_transit'] as const;
export type ReceiptOutcome = (typeof receiptOutcomes)[number];
export type InspectionOutcome = 'defect_confirmed' | 'no_fault_found' | 'misuse' | 'not_our_part';

/** The provider shipped the tag's part back. */
export const returnShippedSignal = defineSignal<[{ shipmentId?: number }?]>('shipped');
/**
 * The warehouse confirmed the tag (`returns.confirmTags`) or recorded a late arrival
 * (`returns.recordLateArrival`, outcome 'received'); the parts service records any chargeback or reversal
 * in the same transaction and then signals.
 */
export const partReceivedSignal = defineSignal<[{ outcome: ReceiptOutcome; late?: boolean }]>('partReceived');
/** The factory's inspection verdict (`returns.recordInspection`); anything but a confirmed defect is charged back. */
export const inspectedSignal = defineSignal<[{ outcome: InspectionOutcome }]>('inspected');
