import { useQuery } from '@tanstack/react-query';
import type { TagStatus } from '../../api/statuses.ts';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { yuanColumn } from '../../shared/format.ts';
import { useKeyset } from '../../shared/keyset.tsx';
import { statusColumn } from '../../shared/StatusTag.tsx';
import { returnText } from './messages.ts';

/** One page of the return tags in a status (every status when none), paged by the service. */
export function useReturnTags(status: TagStatus | undefined, pageSize: number) {
  const pager = useKeyset(pageSize);
  const tags = useQuery(parts.returns.listTags.queryOptions({ status, limit: pageSize, beforeId: pager.before }));
  return { pager, tags };
}

/** How a list shows a return tag, column by column: each list picks the columns it needs, in its own order. */
export function useTagColumns() {
  const m = useMessages(returnText);
  return {
    tagNumber: { title: m.tagNo, dataIndex: 'tagNumber' },
    partClass: { title: m.partClass, dataIndex: 'partClass' },
    provider: { title: m.provider, dataIndex: 'providerId' },
    value: yuanColumn(m.value, 'unitCostFen'),
    dueOn: { title: m.dueOn, dataIndex: 'dueOn' },
    status: statusColumn(m.status),
  };
}
