/** The schedule that runs the exceptions supervision (异常工单督办); its runs get this id plus a time. */
export const exceptionsScanScheduleId = 'exceptions-scan';

/**
 * Something gone wrong, as the parts and warranty services report it: one key per item, stable while it
 * stays wrong. Each service names its own kinds.
 */
export interface ExceptionItem<Kind extends string = string> {
  itemKey: string;
  kind: Kind;
  reference: string;
  providerId: string;
  summary: string;
  since: string;
}

export interface ExceptionsScanResult {
  found: number;
  /** Exception tasks opened by this run (an item already raised is not raised again). */
  opened: number;
  /** Open exception tasks closed because their item moved. */
  closed: number;
}

/** The task id of an item's exception: one per item, ever. */
export const exceptionTaskId = (itemKey: string) => `exception:${itemKey}`;
