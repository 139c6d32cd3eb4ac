import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Modal, Space, Tabs } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../api/errors.ts';
import type { TagStatus } from '../../api/statuses.ts';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { DueCountdown } from '../../shared/Countdown.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { useChange } from '../../shared/useChange.ts';
import { trackingSchema } from '../requests/schemas.ts';
import { Barcode } from '../returns/Barcode.tsx';
import { returnText } from '../returns/messages.ts';
import { ReturnTags } from '../returns/ReturnTags.tsx';
import { ShipmentsTable } from '../returns/ShipmentsTable.tsx';
import { useReturnTags, useTagColumns } from '../returns/tag-list.tsx';
import { CarrierFields } from '../returns/CarrierFields.tsx';
import { StatusFilter } from '../../shared/StatusFilter.tsx';
import { tagStatusLabels } from '../../shared/status-labels.ts';

const pageSize = 50;

/** Old parts to send back: tags with their due dates, printable labels, shipments with tracking numbers. */
export default function ReturnsPage() {
  const m = useMessages(returnText);
  const [status, setStatus] = useState<TagStatus | undefined>('awaiting_return');
  const [selected, setSelected] = useState<number[]>([]);
  const [shipping, setShipping] = useState(false);
  const [form] = Form.useForm<{ carrier: string; trackingNumber: string }>();
  const { pager, tags } = useReturnTags(status, pageSize);
  const column = useTagColumns();
  const ship = useChange(parts.returns.createShipment.mutationOptions());
  const chosen = (tags.data ?? []).filter((t) => selected.includes(t.id));

  const onShip = async (values: { carrier: string; trackingNumber: string }) => {
    const parsed = trackingSchema.safeParse(values);
    if (!parsed.success)
      return form.setFields(
        parsed.error.issues.map((i) => ({ name: String(i.path[0]) as 'carrier', errors: [i.message] })),
      );
    try {
      await ship.run({ tagIds: selected, ...parsed.data });
      setShipping(false);
      setSelected([]);
      form.resetFields();
    } catch (error) {
      applyFieldErrors(form, error, (p) => p[0] === 'carrier' || p[0] === 'trackingNumber');
    }
  };

  return (
    <Card title={m.title}>
      <Tabs
        items={[
          {
            key: 'tags',
            label: m.tagsDue,
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <StatusFilter
                    label={m.filter}
                    labels={tagStatusLabels}
                    value={status}
                    onChange={(s) => {
                      pager.reset();
                      setSelected([]);
                      setStatus(s);
                    }}
                  />
                  <Button icon={<PrinterOutlined />} disabled={chosen.length === 0} onClick={() => window.print()}>
                    {m.print}
                  </Button>
                  <Button type="primary" disabled={chosen.length === 0} onClick={() => setShipping(true)}>
                    {m.ship}
                  </Button>
                </Space>
                <KeysetTable
                  query={tags}
                  pager={pager}
                  rowSelection={{
                    selectedRowKeys: selected,
                    onChange: (keys) => setSelected(keys as number[]),
                    getCheckboxProps: (t) => ({
                      disabled: t.status !== 'awaiting_return' && t.status !== 'overdue',
                      'aria-label': t.tagNumber,
                    }),
                  }}
                  expandable={{ expandedRowRender: (t) => <Barcode value={t.barcode} label={t.tagNumber} /> }}
                  columns={[
                    column.tagNumber,
                    column.partClass,
                    { title: m.claimId, dataIndex: 'claimId', render: (c: string | null) => c ?? '—' },
                    column.value,
                    { title: m.consumedOn, dataIndex: 'consumedOn' },
                    column.dueOn,
                    {
                      title: m.countdown,
                      key: 'countdown',
                      render: (_, t) =>
                        t.status === 'awaiting_return' || t.status === 'overdue' ? <DueCountdown due={t.dueOn} /> : '—',
                    },
                    column.status,
                  ]}
                />
              </Space>
            ),
          },
          { key: 'shipments', label: m.shipments, children: <ShipmentsTable /> },
        ]}
      />
      <ReturnTags tags={chosen} />
      <Modal
        open={shipping}
        title={m.ship}
        onCancel={() => setShipping(false)}
        onOk={() => form.submit()}
        confirmLoading={ship.pending}
      >
        {chosen.length === 0 && <Alert type="warning" message={m.selectTags} />}
        <Form form={form} layout="vertical" onFinish={(v) => void onShip(v)}>
          <CarrierFields />
        </Form>
      </Modal>
    </Card>
  );
}
