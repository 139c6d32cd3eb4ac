import type { Kysely, Updateable } from '@sanbao/db';
import { DomainError } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import { signalTag } from '../approval-workflows/approval-workflows.ts';
import { tagNewsOf } from '../approval-workflows/tag-news.ts';
import { chargebackDecision } from '../chargebacks/chargeback-rules.ts';
import { standingChargebackOf } from '../chargebacks/chargebacks.repository.ts';
import { recordChargebackDecision } from '../chargebacks/chargebacks.service.ts';
import type { PartsDatabase, ReturnTagTable } from '../schema.ts';
import { recordStateChange } from '../shared/audit-trail.ts';
import { canHappen, nextTagStatus, type TagEvent } from './return-states.ts';
import { updateTags, type ReturnTagRow } from './returns.repository.ts';

/**
 * Moves one (locked) tag through an event: new status, audit row, and the chargeback or reversal the
 * event calls for — all in the caller's transaction.
 */
export async function applyTagEvent(
  trx: Kysely<PartsDatabase>,
  user: AuthUser,
  tag: ReturnTagRow,
  event: TagEvent,
  options: { businessDate: string; field: string; reason?: string | undefined; changes?: Updateable<ReturnTagTable> },
) {
  if (!canHappen(tag.status, event)) {
    throw new DomainError(
      'CONFLICT',
      `${tag.tagNumber} is ${tag.status.replaceAll('_', ' ')}: it cannot be ${event.kind.replaceAll('_', ' ')}`,
      options.field,
    );
  }
  const to = nextTagStatus(tag.status, event);
  const decision = chargebackDecision(event, await standingChargebackOf(trx, tag.id));
  await updateTags(trx, [tag.id], { ...options.changes, status: to });
  const outcome = 'outcome' in event ? event.outcome : undefined;
  await recordStateChange(trx, user, 'return_tag', tag.id, tag.status, to, options.reason ?? outcome ?? null);
  const news = tagNewsOf(event, decision, options.changes?.shipmentId);
  if (news) await signalTag(trx, tag.id, news);
  const chargeback = await recordChargebackDecision(trx, tag, decision, {
    businessDate: options.businessDate,
    recordedBy: user.sub,
    details: {
      tagNumber: tag.tagNumber,
      partCode: tag.partCode,
      claimId: tag.claimId,
      requestNumber: tag.requestNumber,
      event: event.kind,
      ...(outcome ? { outcome } : {}),
      ...(options.reason ? { note: options.reason } : {}),
    },
  });
  return { tagId: tag.id, status: to, chargeback };
}
