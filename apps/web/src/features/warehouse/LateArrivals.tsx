import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import type { TagStatus } from '../../api/statuses.ts';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { tagStatusLabels } from '../../shared/status-labels.ts';
import { useChange } from '../../shared/useChange.ts';
import { useReturnTags, useTagColumns } from '../returns/tag-list.tsx';
import { warehouseText } from './messages.ts';

type Lost = Extract<TagStatus, 'missing' | 'overdue'>;
const pageSize = 20;

function ArrivedLate({ tagId }: { tagId: number }) {
  const m = useMessages(warehouseText);
  const late = useChange(parts.returns.recordLateArrival.mutationOptions());
  return (
    <Button size="small" loading={late.pending} onClick={() => void late.run({ tagId }).catch(() => undefined)}>
      {m.arrivedLate}
    </Button>
  );
}

/** Parts reported missing or overdue that turn up after all: the service reverses their chargeback. */
export function LateArrivals() {
  const m = useMessages(warehouseText);
  const labels = useMessages(tagStatusLabels);
  const [status, setStatus] = useState<Lost>('missing');
  const { pager, tags } = useReturnTags(status, pageSize);
  const column = useTagColumns();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select<Lost>
        aria-label={m.lostFilter}
        style={{ width: 160 }}
        value={status}
        onChange={(s) => {
          pager.reset();
          setStatus(s);
        }}
        options={(['missing', 'overdue'] as const).map((s) => ({ value: s, label: labels[s] }))}
      />
      <KeysetTable
        query={tags}
        pager={pager}
        columns={[
          column.tagNumber,
          column.provider,
          column.value,
          column.dueOn,
          column.status,
          { title: '', key: 'late', render: (_, t) => <ArrivedLate tagId={t.id} /> },
        ]}
      />
    </Space>
  );
}
