import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { yuanColumn } from '../../shared/format.ts';
import { useKeyset } from '../../shared/keyset.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { statusLabels } from '../../shared/messages.ts';
import { statusColumn } from '../../shared/StatusTag.tsx';
import { useChange } from '../../shared/useChange.ts';
import { warehouseText } from './messages.ts';

type Lost = 'missing' | 'overdue';
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
  const labels = useMessages(statusLabels);
  const [status, setStatus] = useState<Lost>('missing');
  const pager = useKeyset(pageSize);
  const tags = useQuery(parts.returns.listTags.queryOptions({ status, limit: pageSize, beforeId: pager.before }));
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
          { title: m.tag, dataIndex: 'tagNumber' },
          { title: m.provider, dataIndex: 'providerId' },
          yuanColumn('¥', 'unitCostFen'),
          { title: m.dueOn, dataIndex: 'dueOn' },
          statusColumn(''),
          { title: '', key: 'late', render: (_, t) => <ArrivedLate tagId={t.id} /> },
        ]}
      />
    </Space>
  );
}
