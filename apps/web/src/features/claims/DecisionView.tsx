import { Alert, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import type { WarrantyRouter } from '@sanbao/warranty/router';
import type { inferRouterOutputs } from '@trpc/server';
import { useLocale, useMessages } from '../../i18n/locale.tsx';
import { citationIn, yuan } from '../../shared/format.ts';
import { claimText, flagText, remedyText } from './messages.ts';

export type Decision = NonNullable<inferRouterOutputs<WarrantyRouter>['claims']['get']['adjudication']>['decision'];
type RemedyKind = Decision['remedies'][number]['kind'];

/** Each remedy with its amount in yuan and the article it rests on in plain words; refusals with their reason. */
export function DecisionView({
  decision,
  onChoose,
  choosing,
  chosen,
}: {
  decision: Decision;
  onChoose?: (kind: RemedyKind) => void;
  choosing?: boolean;
  chosen?: string | null;
}) {
  const m = useMessages(claimText);
  const remedies = useMessages(remedyText);
  const flags = useMessages(flagText) as Record<string, string>;
  const { locale } = useLocale();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions size="small" bordered column={2} title={m.coverage}>
        <Descriptions.Item label={m.wholeUnitEnds}>{decision.coverage.wholeUnitEndsOn}</Descriptions.Item>
        <Descriptions.Item label={m.mainPartEnds}>{decision.coverage.mainPartEndsOn}</Descriptions.Item>
      </Descriptions>
      {decision.flags.length > 0 && (
        <Alert
          type="warning"
          message={m.flags}
          description={
            <Space wrap>
              {decision.flags.map((f) => (
                <Tag key={f}>{flags[f] ?? f}</Tag>
              ))}
            </Space>
          }
        />
      )}
      <Typography.Title level={5}>{m.remedies}</Typography.Title>
      {decision.remedies.length === 0 && <Alert type="info" message={m.noRemedy} />}
      {decision.remedies.map((r) => (
        <Card
          key={`${r.kind}-${r.rule}`}
          size="small"
          title={
            <Space>
              {remedies[r.kind]}
              <Tag color={r.free ? 'green' : 'orange'}>{r.free ? m.free : m.charged}</Tag>
              {chosen === r.kind && <Tag color="blue">{m.chosen}</Tag>}
            </Space>
          }
          extra={
            onChoose && (
              <Button
                type="primary"
                loading={choosing}
                disabled={!!chosen}
                onClick={() => onChoose(r.kind)}
                aria-label={`${m.choose}: ${remedies[r.kind]}`}
              >
                {m.choose}
              </Button>
            )
          }
        >
          <Descriptions size="small" column={1}>
            {r.refundFen !== undefined && <Descriptions.Item label={m.refund}>{yuan(r.refundFen)}</Descriptions.Item>}
            {r.depreciationFen !== undefined && (
              <Descriptions.Item label={m.depreciation}>{yuan(r.depreciationFen)}</Descriptions.Item>
            )}
            {r.usageFeeFen !== undefined && (
              <Descriptions.Item label={m.usageFee}>{yuan(r.usageFeeFen)}</Descriptions.Item>
            )}
            <Descriptions.Item label={m.basis}>
              {citationIn(r.citation, locale) ?? '—'}{' '}
              <Typography.Text type="secondary">
                ({m.rule} {r.rule})
              </Typography.Text>
            </Descriptions.Item>
            {r.note && <Descriptions.Item label="">{r.note}</Descriptions.Item>}
          </Descriptions>
        </Card>
      ))}
      {decision.denied.length > 0 && (
        <>
          <Typography.Title level={5}>{m.denied}</Typography.Title>
          <List
            size="small"
            bordered
            dataSource={decision.denied}
            renderItem={(d) => (
              <List.Item>
                <List.Item.Meta
                  title={`${remedies[d.kind]} — ${m.rule} ${d.rule}`}
                  description={`${d.reason}${d.citation ? ` · ${citationIn(d.citation, locale)}` : ''}`}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Space>
  );
}
