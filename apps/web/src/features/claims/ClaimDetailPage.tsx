import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Timeline } from 'antd';
import { useParams } from 'react-router';
import { warranty } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime, yuan } from '../../shared/format.ts';
import { ErrorState, QueryState } from '../../shared/QueryState.tsx';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { DecisionView } from './DecisionView.tsx';
import { claimText, remedyText } from './messages.ts';

/** A claim with the engine's decision explained: each remedy, its amount and the article it rests on. */
export default function ClaimDetailPage() {
  const m = useMessages(claimText);
  const remedies = useMessages(remedyText) as Record<string, string>;
  const claimId = Number(useParams().claimId);
  const claim = useQuery({
    ...warranty.claims.get.queryOptions({ claimId }),
    enabled: Number.isSafeInteger(claimId) && claimId > 0,
  });
  if (!(Number.isSafeInteger(claimId) && claimId > 0)) return <ErrorState error={new Error(m.claimNo)} />;
  return (
    <QueryState query={claim}>
      {(c) => (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Card title={`${m.claimNo} ${c.claimNo}`} extra={<StatusTag status={c.state} />}>
            <Descriptions bordered size="small" column={2}>
              <Descriptions.Item label={m.serial}>{c.serial}</Descriptions.Item>
              <Descriptions.Item label={m.model}>{c.modelCode}</Descriptions.Item>
              <Descriptions.Item label={m.type}>{m[c.type]}</Descriptions.Item>
              <Descriptions.Item label={m.raisedAt}>{dateTime(c.raisedAt)}</Descriptions.Item>
              <Descriptions.Item label={m.stepChoice}>
                {c.chosenRemedy ? `${remedies[c.chosenRemedy] ?? c.chosenRemedy} · ${yuan(c.chosenAmountFen)}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={m.description}>{c.description ?? '—'}</Descriptions.Item>
              {c.adjudication && <Descriptions.Item label={m.engine}>{c.adjudication.engineVersion}</Descriptions.Item>}
              {c.adjudication && (
                <Descriptions.Item
                  label={m.policy}
                >{`${c.adjudication.policyId} v${c.adjudication.policyVersion}`}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={m.decisionExplained}>
            {c.adjudication ? <DecisionView decision={c.adjudication.decision} chosen={c.chosenRemedy} /> : m.none}
          </Card>
          <Card title={m.audit}>
            <Timeline
              items={c.events.map((e) => ({
                children: (
                  <>
                    <StatusTag status={e.to} /> {dateTime(e.at)} · {e.actor} ({e.role})
                    {e.reason ? ` — ${e.reason}` : ''}
                  </>
                ),
              }))}
            />
          </Card>
        </Space>
      )}
    </QueryState>
  );
}
