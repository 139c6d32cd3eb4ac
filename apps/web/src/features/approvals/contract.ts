/**
 * The approvals service's procedures as this UI expects them (inbox.list, inbox.decide, timeline.get).
 * The service does not exist yet: when it lands, replace these types with
 * `import type { ApprovalsRouter } from '@sanbao/approvals/router'` and the client below with a
 * createTRPCOptionsProxy like the other services'.
 */
export type ApprovalSubject = 'parts_request' | 'claim';
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired';

export interface ApprovalItem {
  id: string;
  subject: ApprovalSubject;
  /** The parts request's or claim's id in its own service. */
  subjectId: number;
  subjectNumber: string;
  providerId: string;
  valueFen: number | null;
  reason: string;
  status: ApprovalStatus;
  requestedAt: string;
  /** When the SLA runs out (an instant). */
  slaDueAt: string;
}

export interface InboxListInput {
  status?: ApprovalStatus;
  limit: number;
  /** The previous page's last id. */
  before?: string;
}

export interface InboxListOutput {
  items: ApprovalItem[];
  nextBefore: string | null;
}

export interface InboxDecideInput {
  idempotencyKey: string;
  approvalId: string;
  decision: 'approve' | 'reject';
  comment?: string;
}

export interface TimelineEntry {
  at: string;
  event: string;
  actor: string | null;
  comment: string | null;
}

export interface TimelineOutput {
  approvalId: string;
  entries: TimelineEntry[];
}
