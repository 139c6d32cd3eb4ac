import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Space, Statistic } from 'antd';
import { useState } from 'react';
import { parts } from '../../api/trpc.ts';
import { useUser } from '../../auth/AuthProvider.tsx';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime } from '../../shared/format.ts';
import { useKeyset } from '../../shared/keyset.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { warehouseText } from './messages.ts';

const pageSize = 20;

/** Stock by part in the clerk's warehouse: the balance and the movements that made it. */
export default function StockPage() {
  const m = useMessages(warehouseText);
  const user = useUser();
  const [query, setQuery] = useState<{ warehouseId: string; partCode: string } | null>(null);
  const pager = useKeyset(pageSize);
  const balance = useQuery({
    ...parts.stock.balance.queryOptions(query ?? { warehouseId: 'X', partCode: 'X' }),
    enabled: query !== null,
  });
  const ledger = useQuery({
    ...parts.stock.ledger.queryOptions({
      ...(query ?? { warehouseId: 'X', partCode: 'X' }),
      limit: pageSize,
      beforeId: pager.before,
    }),
    enabled: query !== null,
  });
  return (
    <Card title={m.stock}>
      <Form
        layout="inline"
        initialValues={{ warehouseId: user.warehouseId ?? '' }}
        onFinish={(v: { warehouseId: string; partCode: string }) => {
          pager.reset();
          setQuery({ warehouseId: v.warehouseId.trim(), partCode: v.partCode.trim() });
        }}
      >
        <Form.Item label={m.warehouseId} name="warehouseId" rules={[{ required: true }]}>
          <Input disabled={!!user.warehouseId} />
        </Form.Item>
        <Form.Item label={m.partCode} name="partCode" rules={[{ required: true }]}>
          <Input autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {m.show}
        </Button>
      </Form>
      {query && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 24 }}>
          <QueryState query={balance}>
            {(b) => (
              <Space size="large">
                <Statistic title={m.onHand} value={b.onHand} />
                <Statistic title={m.reserved} value={b.reserved} />
                <Statistic title={m.available} value={b.available} />
              </Space>
            )}
          </QueryState>
          <KeysetTable
            query={ledger}
            pager={pager}
            columns={[
              { title: m.at, dataIndex: 'createdAt', render: dateTime },
              { title: m.movement, dataIndex: 'kind' },
              { title: m.quantity, dataIndex: 'onHandDelta', align: 'right' },
              { title: m.reserved, dataIndex: 'reservedDelta', align: 'right' },
              { title: m.note, dataIndex: 'note' },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
