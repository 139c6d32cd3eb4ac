import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Drawer, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { fill, useMessages } from '../../i18n/locale.tsx';
import { SlaCountdown } from '../../shared/Countdown.tsx';
import { dateTime } from '../../shared/format.ts';
import { ErrorState, QueryState } from '../../shared/QueryState.tsx';
import { approvals, approvalsUnavailable } from './client.ts';
import { approvalLevels, taskStates, type InboxTask, type RequestType, type TaskState } from './contract.ts';
import { DecisionPanel } from './DecisionPanel.tsx';
import { approvalText, requestTypeLabels } from './messages.ts';

const pageSize = 20;
const requestTypes = Object.keys(requestTypeLabels.en) as RequestType[];
const stateColors: Record<TaskState, string> = {
  pending: 'gold',
  decided: 'green',
  escalated: 'purple',
  timed_out: 'red',
  closed: 'default',
};

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

interface Filters {
  type?: RequestType;
  state: TaskState;
  overdue: boolean;
  level?: number;
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const m = useMessages(approvalText);
  return (
    <Space wrap>
      <Select<RequestType | 'all'>
        aria-label={m.filterType}
        style={{ width: 140 }}
        value={filters.type ?? 'all'}
        onChange={(t) => onChange({ ...filters, type: t === 'all' ? undefined : t })}
        options={[{ value: 'all', label: m.allTypes }, ...requestTypes.map((t) => ({ value: t, label: m[t] }))]}
      />
      <Select<TaskState>
        aria-label={m.filterState}
        style={{ width: 120 }}
        value={filters.state}
        onChange={(state) => onChange({ ...filters, state })}
        options={taskStates.map((s) => ({ value: s, label: m[s] }))}
      />
      <Select<number>
        aria-label={m.filterLevel}
        style={{ width: 120 }}
        value={filters.level ?? 0}
        onChange={(l) => onChange({ ...filters, level: l === 0 ? undefined : l })}
        options={[
          { value: 0, label: m.allLevels },
          ...approvalLevels.map((n) => ({ value: n, label: fill(m.levelN, { n }) })),
        ]}
      />
      <Checkbox checked={filters.overdue} onChange={(e) => onChange({ ...filters, overdue: e.target.checked })}>
        {m.overdueOnly}
      </Checkbox>
    </Space>
  );
}

/** The manager's inbox: what waits for a decision, with the time left under its SLA. */
export default function InboxPage() {
  const m = useMessages(approvalText);
  const [filters, setFilters] = useState<Filters>({ state: 'pending', overdue: false });
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<InboxTask | null>(null);
  const list = useQuery({
    ...approvals.inbox.list.queryOptions({
      type: filters.type,
      state: filters.state,
      overdue: filters.overdue || undefined,
      level: filters.level,
      page,
      pageSize,
    }),
    // Tasks arrive and close as the workflows move; a missing service is an answer, not a hiccup.
    refetchInterval: 15_000,
    retry: (n, e) => !approvalsUnavailable(e) && n < 2,
  });
  return (
    <Card
      title={m.inbox}
      extra={
        <FilterBar
          filters={filters}
          onChange={(f) => {
            setPage(1);
            setFilters(f);
          }}
        />
      }
    >
      {approvalsUnavailable(list.error) ? (
        <Unavailable />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <QueryState query={list} isEmpty={(d) => d.total === 0}>
          {(d) => (
            <Table<InboxTask>
              rowKey="taskId"
              dataSource={d.items}
              pagination={{
                current: d.page,
                pageSize: d.pageSize,
                total: d.total,
                onChange: setPage,
                showSizeChanger: false,
              }}
              columns={[
                { title: m.subject, key: 'subject', render: (_, t) => `${m[t.requestType]} ${t.reference}` },
                { title: m.provider, dataIndex: 'providerId', render: (p: string | null) => p ?? '—' },
                { title: m.summary, dataIndex: 'summary', ellipsis: true },
                { title: m.level, dataIndex: 'level', render: (n: number) => fill(m.levelN, { n }) },
                { title: m.openedAt, dataIndex: 'openedAt', render: dateTime },
                {
                  title: m.sla,
                  dataIndex: 'dueAt',
                  render: (due: string, t) =>
                    t.state === 'pending' ? <SlaCountdown deadline={due} /> : dateTime(t.decidedAt),
                },
                {
                  title: m.state,
                  dataIndex: 'state',
                  render: (s: TaskState) => <Tag color={stateColors[s]}>{m[s]}</Tag>,
                },
                { title: '', key: 'open', render: (_, t) => <Button onClick={() => setOpen(t)}>{m.open}</Button> },
              ]}
            />
          )}
        </QueryState>
      )}
      <Drawer
        open={open !== null}
        width={760}
        title={open ? `${m[open.requestType]} ${open.reference}` : ''}
        onClose={() => setOpen(null)}
        destroyOnHidden
      >
        {open && <DecisionPanel task={open} onDone={() => setOpen(null)} />}
      </Drawer>
    </Card>
  );
}
