import { useQuery } from '@tanstack/react-query';
import { Timeline } from 'antd';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime } from '../../shared/format.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { approvals } from './client.ts';
import type { TimelineStep } from './contract.ts';
import { approvalText } from './messages.ts';

function stepText(s: TimelineStep, m: Record<keyof (typeof approvalText)['en'], string>): string {
  const parts = [
    dateTime(s.endedAt ?? s.startedAt),
    s.level ? `${s.step} L${s.level}` : s.step,
    s.outcome ?? m.pending,
  ];
  if (s.decidedBy) parts.push(s.decidedBy);
  if (s.slaMet !== null) parts.push(s.slaMet ? m.slaMet : m.slaMissed);
  else if (s.dueAt && !s.endedAt) parts.push(`${m.due} ${dateTime(s.dueAt)}`);
  return `${parts.join(' · ')}${s.comment ? ` — ${s.comment}` : ''}${s.detail ? ` (${s.detail})` : ''}`;
}

/** Every step of the request's workflow: who decided when, and whether within the SLA. */
export function TaskTimeline({ workflowId }: { workflowId: string }) {
  const m = useMessages(approvalText);
  const timeline = useQuery(approvals.timeline.get.queryOptions({ workflowId }));
  return (
    <QueryState query={timeline} isEmpty={(t) => t.steps.length === 0}>
      {(t) => (
        <Timeline
          data-testid="approval-timeline"
          items={t.steps.map((s) => ({
            color: s.outcome === null ? 'blue' : s.slaMet === false || s.outcome === 'rejected' ? 'red' : 'green',
            children: stepText(s, m),
          }))}
        />
      )}
    </QueryState>
  );
}
