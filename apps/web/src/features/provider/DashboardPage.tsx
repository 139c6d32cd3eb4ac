import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { parts, warranty } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { DueCountdown } from '../../shared/Countdown.tsx';
import { LightTable } from '../../shared/LightTable.tsx';
import { Panel } from '../../shared/Panel.tsx';
import { yuan } from '../../shared/format.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { providerText } from './messages.ts';

const finishedClaims = new Set(['completed', 'rejected', 'cancelled']);
const finishedRequests = new Set(['closed', 'cancelled', 'rejected', 'received']);

/** The provider's day: claims still open, parts on their way, old parts to send back before their due date. */
export default function DashboardPage() {
  const m = useMessages(providerText);
  const claims = useQuery(warranty.claims.list.queryOptions({ limit: 50 }));
  const requests = useQuery(parts.requests.list.queryOptions({ limit: 50 }));
  const due = useQuery(parts.returns.listTags.queryOptions({ status: 'awaiting_return', limit: 50 }));
  const overdue = useQuery(parts.returns.listTags.queryOptions({ status: 'overdue', limit: 50 }));
  return (
    <div className="dashboard-grid">
      <div>
        <Panel title={m.openClaims} extra={<Link to="/claims">{m.viewAll}</Link>}>
          <QueryState
            query={{ ...claims, data: claims.data?.items.filter((c) => !finishedClaims.has(c.state)) }}
            isEmpty={(d) => d.length === 0}
          >
            {(rows) => (
              <LightTable
                caption={m.openClaims}
                rows={rows}
                rowKey={(c) => c.id}
                columns={[
                  { title: m.claimNo, render: (c) => <Link to={`/claims/${c.id}`}>{c.claimNo}</Link> },
                  { title: m.serial, render: (c) => c.serial },
                  { title: m.model, render: (c) => c.modelCode },
                  { title: '', render: (c) => <StatusTag status={c.state} /> },
                ]}
              />
            )}
          </QueryState>
        </Panel>
      </div>
      <div>
        <Panel title={m.requestsInFlight} extra={<Link to="/provider/requests">{m.viewAll}</Link>}>
          <QueryState
            query={{ ...requests, data: requests.data?.filter((r) => !finishedRequests.has(r.status)) }}
            isEmpty={(d) => d.length === 0}
          >
            {(rows) => (
              <LightTable
                caption={m.requestsInFlight}
                rows={rows}
                rowKey={(r) => r.id}
                columns={[
                  {
                    title: m.requestNo,
                    render: (r) => <Link to={`/provider/requests?id=${r.id}`}>{r.requestNumber}</Link>,
                  },
                  { title: m.purpose, render: (r) => m[r.purpose] },
                  { title: m.total, align: 'right', render: (r) => yuan(r.totalValueFen) },
                  { title: '', render: (r) => <StatusTag status={r.status} /> },
                ]}
              />
            )}
          </QueryState>
        </Panel>
      </div>
      <div className="wide">
        <Panel title={m.partsDue} extra={<Link to="/provider/returns">{m.viewAll}</Link>}>
          <QueryState
            query={{
              ...due,
              error: due.error ?? overdue.error,
              isPending: due.isPending || overdue.isPending,
              data: due.data && overdue.data ? [...overdue.data, ...due.data] : undefined,
            }}
            isEmpty={(d) => d.length === 0}
          >
            {(rows) => (
              <LightTable
                caption={m.partsDue}
                rows={rows}
                rowKey={(t) => t.id}
                columns={[
                  { title: m.tagNo, render: (t) => t.tagNumber },
                  { title: m.due, render: (t) => t.dueOn },
                  { title: m.countdown, render: (t) => <DueCountdown due={t.dueOn} /> },
                  { title: '', render: (t) => <StatusTag status={t.status} /> },
                ]}
              />
            )}
          </QueryState>
        </Panel>
      </div>
    </div>
  );
}
