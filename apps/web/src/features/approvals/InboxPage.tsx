import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Empty, Form, Input, Select, Space, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/locale.tsx';
import { SlaCountdown } from '../../shared/Countdown.tsx';
import { dateTime, yuanColumn } from '../../shared/format.ts';
import { useIdempotencyKey } from '../../shared/idempotency.ts';
import { ErrorState, QueryState } from '../../shared/QueryState.tsx';
import { statusColumn } from '../../shared/StatusTag.tsx';
import { RequestDetail } from '../requests/RequestDetail.tsx';
import { ApprovalsError, ApprovalsUnavailable, approvalsApi, approvalsKeys } from './client.ts';
import type { ApprovalItem, ApprovalStatus } from './contract.ts';
import { approvalText } from './messages.ts';

const pageSize = 20;

function Unavailable() {
  const m = useMessages(approvalText);
  return (
    <Empty
      data-testid="approvals-unavailable"
      description={
        <>
          <Typography.Text strong>{m.unavailable}</Typography.Text>
          <br />
          {m.unavailableHint}
        </>
      }
    />
  );
}

function DecisionPanel({ item, onDone }: { item: ApprovalItem; onDone: () => void }) {
  const m = useMessages(approvalText);
  const [form] = Form.useForm<{ comment?: string }>();
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const timeline = useQuery({
    queryKey: approvalsKeys.timeline(item.id),
    queryFn: () => approvalsApi.timeline(item.id),
  });
  const decide = useMutation({ mutationFn: approvalsApi.decide });
  const run = async (decision: 'approve' | 'reject') => {
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() || undefined;
    if (decision === 'reject' && !comment) return form.setFields([{ name: 'comment', errors: [m.commentRequired] }]);
    try {
      await decide.mutateAsync({ idempotencyKey: key.key(), approvalId: item.id, decision, comment });
      key.done();
      void message.success(m.decided);
      await queryClient.invalidateQueries({ queryKey: approvalsKeys.all });
      onDone();
    } catch (error) {
      const field = error instanceof ApprovalsError ? error.fieldErrors.find((f) => f.path === 'comment') : undefined;
      if (field) form.setFields([{ name: 'comment', errors: [field.message] }]);
      else void message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {item.subject === 'parts_request' ? (
        <RequestDetail requestId={item.subjectId} actions={false} />
      ) : (
        <Link to={`/claims/${item.subjectId}`}>{item.subjectNumber}</Link>
      )}
      {item.status === 'pending' && (
        <Form form={form} layout="vertical">
          <Form.Item label={m.comment} name="comment">
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <Space>
            <Button type="primary" loading={decide.isPending} onClick={() => void run('approve')}>
              {m.approve}
            </Button>
            <Button danger loading={decide.isPending} onClick={() => void run('reject')}>
              {m.reject}
            </Button>
          </Space>
        </Form>
      )}
      <Typography.Title level={5}>{m.timeline}</Typography.Title>
      <QueryState query={timeline} isEmpty={(t) => t.entries.length === 0}>
        {(t) => (
          <Timeline
            items={t.entries.map((e) => ({
              children: `${dateTime(e.at)} · ${e.event}${e.actor ? ` · ${e.actor}` : ''}${e.comment ? ` — ${e.comment}` : ''}`,
            }))}
          />
        )}
      </QueryState>
    </Space>
  );
}

/** The manager's inbox: what waits for a decision, with the time left under its SLA. */
export default function InboxPage() {
  const m = useMessages(approvalText);
  const [status, setStatus] = useState<ApprovalStatus>('pending');
  const [cursors, setCursors] = useState<string[]>([]);
  const [open, setOpen] = useState<ApprovalItem | null>(null);
  const input = { status, limit: pageSize, before: cursors.at(-1) };
  const list = useQuery({
    queryKey: approvalsKeys.list(input),
    queryFn: () => approvalsApi.list(input),
    retry: (n, e) => !(e instanceof ApprovalsUnavailable) && n < 2,
  });
  return (
    <Card
      title={m.inbox}
      extra={
        <Select<ApprovalStatus>
          aria-label={m.filter}
          style={{ width: 140 }}
          value={status}
          onChange={(s) => {
            setCursors([]);
            setStatus(s);
          }}
          options={(['pending', 'approved', 'rejected', 'expired'] as const).map((s) => ({ value: s, label: m[s] }))}
        />
      }
    >
      {list.error instanceof ApprovalsUnavailable ? (
        <Unavailable />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <QueryState query={list} isEmpty={(d) => d.items.length === 0 && cursors.length === 0}>
          {(d) => (
            <>
              <Table
                rowKey="id"
                pagination={false}
                dataSource={d.items}
                columns={[
                  { title: m.subject, key: 'subject', render: (_, a) => `${m[a.subject]} ${a.subjectNumber}` },
                  { title: m.provider, dataIndex: 'providerId' },
                  yuanColumn(m.value, 'valueFen'),
                  { title: m.reason, dataIndex: 'reason' },
                  { title: m.requestedAt, dataIndex: 'requestedAt', render: dateTime },
                  {
                    title: m.sla,
                    dataIndex: 'slaDueAt',
                    render: (d: string, a) => (a.status === 'pending' ? <SlaCountdown deadline={d} /> : '—'),
                  },
                  statusColumn(m.status),
                  { title: '', key: 'open', render: (_, a) => <Button onClick={() => setOpen(a)}>{m.open}</Button> },
                ]}
              />
              <Space style={{ marginTop: 12 }}>
                <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  ‹
                </Button>
                <Button
                  disabled={!d.nextBefore}
                  onClick={() => d.nextBefore && setCursors((c) => [...c, d.nextBefore!])}
                >
                  ›
                </Button>
              </Space>
            </>
          )}
        </QueryState>
      )}
      <Drawer
        open={open !== null}
        width={760}
        title={open ? `${m[open.subject]} ${open.subjectNumber}` : ''}
        onClose={() => setOpen(null)}
        destroyOnHidden
      >
        {open && <DecisionPanel item={open} onDone={() => setOpen(null)} />}
      </Drawer>
    </Card>
  );
}
