import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Divider, Form, Input, Space, Typography } from 'antd';
import { applyFieldErrors } from '../../api/errors.ts';
import { parts } from '../../api/trpc.ts';
import { useUser } from '../../auth/AuthProvider.tsx';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime, yuan, yuanColumn } from '../../shared/format.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { useChange } from '../../shared/useChange.ts';
import { requestText } from './messages.ts';
import { RequestTimeline } from './RequestTimeline.tsx';
import { trackingSchema } from './schemas.ts';
import { CarrierFields } from '../returns/CarrierFields.tsx';
import { ListTable } from '../../shared/ListTable.tsx';

const cstToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * One request: its lines, its timeline, and what the signed-in role may do with it now. Inside the
 * approvals inbox the decision goes through the approvals service, so `actions` is off there.
 */
export function RequestDetail({ requestId, actions = true }: { requestId: number; actions?: boolean }) {
  const m = useMessages(requestText);
  const user = useUser();
  const request = useQuery(parts.requests.get.queryOptions({ requestId }));
  const submit = useChange(parts.requests.submit.mutationOptions());
  const cancel = useChange(parts.requests.cancel.mutationOptions());
  const approve = useChange(parts.requests.approve.mutationOptions());
  const reject = useChange(parts.requests.reject.mutationOptions());
  const reserve = useChange(parts.requests.reserve.mutationOptions());
  const ship = useChange(parts.requests.markShipped.mutationOptions());
  const receive = useChange(parts.requests.recordReceipt.mutationOptions());
  const consume = useChange(parts.returns.reportConsumption.mutationOptions());
  const close = useChange(parts.requests.close.mutationOptions());
  const [decisionForm] = Form.useForm<{ reason?: string }>();
  const [shipForm] = Form.useForm<{ carrier: string; trackingNumber: string }>();

  return (
    <QueryState query={request}>
      {(r) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={m.requestNo}>{r.requestNumber}</Descriptions.Item>
            <Descriptions.Item label={m.status}>
              <StatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label={m.provider}>{r.providerId}</Descriptions.Item>
            <Descriptions.Item label={m.warehouse}>{r.warehouseId}</Descriptions.Item>
            <Descriptions.Item label={m.purpose}>{m[r.purpose]}</Descriptions.Item>
            <Descriptions.Item label={m.claimId}>{r.claimId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={m.total}>{yuan(r.totalValueFen)}</Descriptions.Item>
            <Descriptions.Item label={m.created}>{dateTime(r.createdAt)}</Descriptions.Item>
            {r.trackingNumber && (
              <Descriptions.Item label={m.tracking}>{`${r.carrier ?? ''} ${r.trackingNumber}`}</Descriptions.Item>
            )}
            {r.overCreditLimit && <Descriptions.Item label={m.exposure}>{m.overLimit}</Descriptions.Item>}
          </Descriptions>
          <ListTable
            rowKey="id"
            dataSource={r.lines}
            columns={[
              { title: m.part, dataIndex: 'requestedCode' },
              { title: m.quantity, dataIndex: 'quantity', align: 'right' },
              yuanColumn(m.unitCost, 'unitCostFen'),
              { title: m.received, dataIndex: 'quantityReceived', align: 'right' },
              { title: m.consumed, dataIndex: 'quantityConsumed', align: 'right' },
            ]}
          />

          {actions && user.role === 'provider' && (
            <Space wrap>
              {r.status === 'draft' && (
                <Button
                  type="primary"
                  loading={submit.pending}
                  onClick={() => void submit.run({ requestId }).catch(() => undefined)}
                >
                  {m.submit}
                </Button>
              )}
              {(r.status === 'shipped' || r.status === 'partially_received') && (
                <Button
                  type="primary"
                  loading={receive.pending}
                  onClick={() =>
                    void receive
                      .run({
                        requestId,
                        lines: r.lines
                          .filter((l) => l.quantity > l.quantityReceived)
                          .map((l) => ({ lineId: l.id, quantity: l.quantity - l.quantityReceived })),
                      })
                      .catch(() => undefined)
                  }
                >
                  {m.receiveAll}
                </Button>
              )}
              {(r.status === 'received' || r.status === 'partially_received') &&
                r.lines.some((l) => l.quantityReceived > l.quantityConsumed) && (
                  <Button
                    loading={consume.pending}
                    onClick={() =>
                      void consume
                        .run({
                          requestId,
                          consumedOn: cstToday(),
                          lines: r.lines
                            .filter((l) => l.quantityReceived > l.quantityConsumed)
                            .map((l) => ({ lineId: l.id, quantity: l.quantityReceived - l.quantityConsumed })),
                        })
                        .catch(() => undefined)
                    }
                  >
                    {m.reportUsed}
                  </Button>
                )}
              {(r.status === 'received' || r.status === 'partially_received') && (
                <Button loading={close.pending} onClick={() => void close.run({ requestId }).catch(() => undefined)}>
                  {m.close}
                </Button>
              )}
              {['draft', 'submitted', 'approved', 'reserved'].includes(r.status) && (
                <Button
                  danger
                  loading={cancel.pending}
                  onClick={() =>
                    void cancel.run({ requestId, reason: 'cancelled by the provider' }).catch(() => undefined)
                  }
                >
                  {m.cancelRequest}
                </Button>
              )}
            </Space>
          )}

          {actions && user.role === 'manager' && r.status === 'submitted' && (
            <Form form={decisionForm} layout="vertical">
              <Form.Item label={m.comment} name="reason">
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Space>
                <Button
                  type="primary"
                  loading={approve.pending}
                  onClick={() =>
                    void approve
                      .run({ requestId, reason: decisionForm.getFieldValue('reason') || undefined })
                      .catch(() => undefined)
                  }
                >
                  {m.approve}
                </Button>
                <Button
                  danger
                  loading={reject.pending}
                  onClick={() => {
                    const reason = (decisionForm.getFieldValue('reason') as string | undefined)?.trim();
                    if (!reason) return decisionForm.setFields([{ name: 'reason', errors: ['is required'] }]);
                    void reject
                      .run({ requestId, reason })
                      .catch((e: unknown) => applyFieldErrors(decisionForm, e, (p) => p[0] === 'reason'));
                  }}
                >
                  {m.reject}
                </Button>
              </Space>
            </Form>
          )}

          {actions && user.role === 'warehouse' && r.status === 'approved' && (
            <Button
              type="primary"
              loading={reserve.pending}
              onClick={() => void reserve.run({ requestId }).catch(() => undefined)}
            >
              {m.reserve}
            </Button>
          )}
          {actions && user.role === 'warehouse' && r.status === 'reserved' && (
            <Form
              form={shipForm}
              layout="inline"
              onFinish={(values) => {
                const parsed = trackingSchema.safeParse(values);
                if (!parsed.success)
                  return shipForm.setFields(
                    parsed.error.issues.map((i) => ({ name: String(i.path[0]) as 'carrier', errors: [i.message] })),
                  );
                void ship
                  .run({ requestId, ...parsed.data })
                  .catch((e: unknown) =>
                    applyFieldErrors(shipForm, e, (p) => p[0] === 'carrier' || p[0] === 'trackingNumber'),
                  );
              }}
            >
              <CarrierFields />
              <Button type="primary" htmlType="submit" loading={ship.pending}>
                {m.ship}
              </Button>
            </Form>
          )}

          <Divider />
          <Typography.Title level={5}>{m.timeline}</Typography.Title>
          <RequestTimeline requestId={requestId} />
        </Space>
      )}
    </QueryState>
  );
}
