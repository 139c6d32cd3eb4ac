import { useQuery } from '@tanstack/react-query';
import { Card, Input, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ClaimState } from '../../api/statuses.ts';
import { warranty } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime } from '../../shared/format.ts';
import { useKeyset } from '../../shared/keyset.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { statusColumn } from '../../shared/StatusTag.tsx';
import { claimText } from './messages.ts';
import { StatusFilter } from '../../shared/StatusFilter.tsx';
import { claimStateLabels } from '../../shared/status-labels.ts';

const pageSize = 20;

/** Claims filtered by state and serial on the service, newest first, paged by id. */
export default function ClaimsPage() {
  const m = useMessages(claimText);
  const [state, setState] = useState<ClaimState | undefined>();
  const [serial, setSerial] = useState<string | undefined>();
  const pager = useKeyset(pageSize);
  const list = useQuery(
    warranty.claims.list.queryOptions(
      { state, serial, limit: pageSize, before: pager.before },
      { select: (d) => d.items },
    ),
  );
  return (
    <Card
      title={m.list}
      extra={
        <Space>
          <Input.Search
            aria-label={m.filterSerial}
            placeholder={m.filterSerial}
            allowClear
            onSearch={(v) => {
              pager.reset();
              setSerial(v.trim() || undefined);
            }}
          />
          <StatusFilter
            label={m.filterState}
            width={170}
            labels={claimStateLabels}
            value={state}
            onChange={(s) => {
              pager.reset();
              setState(s);
            }}
          />
        </Space>
      }
    >
      <KeysetTable
        query={list}
        pager={pager}
        size="large"
        columns={[
          {
            title: m.claimNo,
            dataIndex: 'claimNo',
            render: (no: string, c) => <Link to={`/claims/${c.id}`}>{no}</Link>,
          },
          { title: m.serial, dataIndex: 'serial' },
          { title: m.model, dataIndex: 'modelCode' },
          { title: m.type, dataIndex: 'type', render: (t: 'quality' | 'no_reason') => m[t] },
          { title: m.raisedAt, dataIndex: 'raisedAt', render: dateTime },
          statusColumn(m.state, 'state'),
        ]}
      />
    </Card>
  );
}
