import { useQuery } from '@tanstack/react-query';
import { Button, Card, Drawer, Space } from 'antd';
import { useSearchParams } from 'react-router';
import type { RequestStatus } from '../../api/statuses.ts';
import { parts } from '../../api/trpc.ts';
import { useUser } from '../../auth/AuthProvider.tsx';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime, yuanColumn } from '../../shared/format.ts';
import { useKeyset } from '../../shared/keyset.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { statusColumn } from '../../shared/StatusTag.tsx';
import { requestText } from '../requests/messages.ts';
import { NewRequestForm } from '../requests/NewRequestForm.tsx';
import { RequestDetail } from '../requests/RequestDetail.tsx';
import { StatusFilter } from '../../shared/StatusFilter.tsx';
import { requestStatusLabels } from '../../shared/status-labels.ts';

const pageSize = 20;

/** Parts requests, filtered and paged by the service; a row opens its detail and timeline. */
export default function PartsRequestsPage({ fixedStatus, title }: { fixedStatus?: RequestStatus; title?: string }) {
  const m = useMessages(requestText);
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const status = (fixedStatus ?? params.get('status') ?? undefined) as RequestStatus | undefined;
  const openId = Number(params.get('id')) || null;
  const creating = params.get('new') === '1';
  const pager = useKeyset(pageSize);
  const list = useQuery(parts.requests.list.queryOptions({ status, limit: pageSize, beforeId: pager.before }));
  const set = (key: string, value: string | null) =>
    setParams((p) => {
      if (value === null) p.delete(key);
      else p.set(key, value);
      return p;
    });

  return (
    <Card
      title={title ?? m.title}
      extra={
        <Space>
          {!fixedStatus && (
            <StatusFilter
              label={m.filterStatus}
              labels={requestStatusLabels}
              value={status}
              onChange={(s) => {
                pager.reset();
                set('status', s ?? null);
              }}
            />
          )}
          {user.role === 'provider' && (
            <Button type="primary" onClick={() => set('new', '1')}>
              {m.newRequest}
            </Button>
          )}
        </Space>
      }
    >
      <KeysetTable
        query={list}
        pager={pager}
        size="middle"
        onRow={(r) => ({
          onClick: () => set('id', String(r.id)),
          onKeyDown: (e) => e.key === 'Enter' && set('id', String(r.id)),
          tabIndex: 0,
          style: { cursor: 'pointer' },
        })}
        columns={[
          { title: m.requestNo, dataIndex: 'requestNumber' },
          { title: m.provider, dataIndex: 'providerId' },
          { title: m.warehouse, dataIndex: 'warehouseId' },
          { title: m.purpose, dataIndex: 'purpose', render: (p: 'warranty' | 'paid_repair' | 'stock') => m[p] },
          yuanColumn(m.total, 'totalValueFen'),
          { title: m.created, dataIndex: 'createdAt', render: dateTime },
          statusColumn(m.status),
        ]}
      />
      <Drawer open={openId !== null} width={760} title={m.title} onClose={() => set('id', null)} destroyOnHidden>
        {openId !== null && <RequestDetail requestId={openId} />}
      </Drawer>
      <Drawer open={creating} width={820} title={m.newRequest} onClose={() => set('new', null)} destroyOnHidden>
        {creating && (
          <NewRequestForm
            onCreated={(id) =>
              setParams((p) => {
                p.delete('new');
                p.set('id', String(id));
                return p;
              })
            }
          />
        )}
      </Drawer>
    </Card>
  );
}
