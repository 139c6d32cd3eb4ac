import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Space, Statistic } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../api/errors.ts';
import { parts } from '../../api/trpc.ts';
import { useUser } from '../../auth/AuthProvider.tsx';
import { useLocale, useMessages } from '../../i18n/locale.tsx';
import { yuan, yuanColumn } from '../../shared/format.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { useChange } from '../../shared/useChange.ts';
import { requestText } from './messages.ts';
import { requestFormSchema } from './schemas.ts';
import { ListTable } from '../../shared/ListTable.tsx';

interface RequestForm {
  purpose: 'warranty' | 'paid_repair' | 'stock';
  claimId?: string;
  note?: string;
  modelCode?: string;
}

/** Stock is the warehouse's; the parts service shows it to warehouse staff and managers only. */
function StockCell({ warehouseId, partCode }: { warehouseId: string | undefined; partCode: string }) {
  const m = useMessages(requestText);
  const balance = useQuery({
    ...parts.stock.balance.queryOptions({ warehouseId: warehouseId ?? 'NONE', partCode }),
    enabled: !!warehouseId,
    retry: false,
  });
  if (!warehouseId || balance.isError) return <span title={m.stockHidden}>—</span>;
  return <>{balance.data ? `${balance.data.onHand}` : '…'}</>;
}

/** A parts request picked from the model's BOM, with the provider's credit exposure beside it. */
export function NewRequestForm({ onCreated }: { onCreated: (requestId: number) => void }) {
  const m = useMessages(requestText);
  const { locale } = useLocale();
  const user = useUser();
  const [form] = Form.useForm<RequestForm>();
  const [modelCode, setModelCode] = useState('');
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [linesError, setLinesError] = useState<string | null>(null);
  const bom = useQuery({ ...parts.catalog.getBom.queryOptions({ modelCode }), enabled: modelCode !== '' });
  const exposure = useQuery({
    ...parts.exposure.get.queryOptions({ providerId: user.providerId ?? '' }),
    enabled: !!user.providerId,
  });
  const create = useChange(parts.requests.create.mutationOptions());
  const submit = useChange(parts.requests.submit.mutationOptions());

  const lines = Object.entries(quantities)
    .filter(([, q]) => q > 0)
    .map(([partCode, quantity]) => ({ partCode, quantity }));
  const valueFen = lines.reduce(
    (sum, l) => sum + (bom.data?.lines.find((b) => b.code === l.partCode)?.unitCostFen ?? 0) * l.quantity,
    0,
  );
  const over = exposure.data ? exposure.data.totalFen + valueFen > exposure.data.creditLimitFen : false;

  const onFinish = async (values: RequestForm) => {
    setLinesError(null);
    const parsed = requestFormSchema.safeParse({
      purpose: values.purpose,
      claimId: values.claimId?.trim() || undefined,
      note: values.note?.trim() || undefined,
      lines,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'lines') setLinesError(issue.message);
        else form.setFields([{ name: String(issue.path[0]) as 'claimId', errors: [issue.message] }]);
      }
      return;
    }
    try {
      const created = await create.run(parsed.data);
      if (!created) return;
      await submit.run({ requestId: created.id });
      onCreated(created.id);
    } catch (error) {
      const rest = applyFieldErrors(form, error, (p) => p[0] === 'claimId' || p[0] === 'note' || p[0] === 'purpose');
      if (rest.length) setLinesError(rest.map((e) => `${e.path}: ${e.message}`).join('; '));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={m.exposure}>
        <QueryState query={exposure}>
          {(e) => (
            <Space size="large" wrap>
              <Statistic title={m.exposure} value={yuan(e.totalFen)} />
              <Statistic title={m.creditLimit} value={yuan(e.creditLimitFen)} />
              <Statistic
                title={m.headroom}
                value={yuan(e.headroomFen)}
                valueStyle={{ color: e.headroomFen < 0 ? '#cf1322' : undefined }}
              />
              <Statistic title={m.thisRequest} value={yuan(valueFen)} />
            </Space>
          )}
        </QueryState>
        {over && <Alert style={{ marginTop: 8 }} type="warning" showIcon message={m.overLimit} />}
      </Card>
      <Form<RequestForm>
        form={form}
        layout="vertical"
        initialValues={{ purpose: 'warranty' }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item label={m.purpose} name="purpose">
          <Radio.Group
            options={(['warranty', 'paid_repair', 'stock'] as const).map((p) => ({ value: p, label: m[p] }))}
          />
        </Form.Item>
        <Form.Item label={m.claimId} name="claimId">
          <Input />
        </Form.Item>
        <Form.Item label={m.modelCode}>
          <Space.Compact>
            <Form.Item name="modelCode" noStyle>
              <Input
                aria-label={m.modelCode}
                onPressEnter={(e) => {
                  e.preventDefault();
                  setModelCode(form.getFieldValue('modelCode')?.trim() ?? '');
                }}
              />
            </Form.Item>
            <Button onClick={() => setModelCode(form.getFieldValue('modelCode')?.trim() ?? '')}>{m.loadBom}</Button>
          </Space.Compact>
        </Form.Item>
        {modelCode && (
          <QueryState query={bom} isEmpty={(b) => b.lines.length === 0} emptyText={m.bomEmpty}>
            {(b) => (
              <ListTable
                rowKey="code"
                dataSource={b.lines}
                columns={[
                  { title: m.part, dataIndex: 'code' },
                  {
                    title: m.name,
                    key: 'name',
                    render: (_, l) => (locale === 'en' ? l.nameEn : l.nameZh) + (l.isMain ? ` · ${m.main}` : ''),
                  },
                  yuanColumn(m.unitCost, 'unitCostFen'),
                  {
                    title: m.stockOnHand,
                    key: 'stock',
                    align: 'right',
                    render: (_, l) => <StockCell warehouseId={user.warehouseId} partCode={l.code} />,
                  },
                  {
                    title: m.quantity,
                    key: 'qty',
                    render: (_, l) => (
                      <InputNumber
                        aria-label={`${m.quantity} ${l.code}`}
                        min={0}
                        max={999}
                        precision={0}
                        value={quantities[l.code] ?? 0}
                        onChange={(q) => setQuantities((s) => ({ ...s, [l.code]: q ?? 0 }))}
                      />
                    ),
                  },
                ]}
              />
            )}
          </QueryState>
        )}
        {linesError && <Alert type="error" role="alert" showIcon message={linesError} style={{ marginTop: 8 }} />}
        <Form.Item label={m.note} name="note" style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.pending || submit.pending}>
          {m.create}
        </Button>
      </Form>
    </Space>
  );
}
