import { useQuery } from '@tanstack/react-query';
import { Timeline } from 'antd';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { dateTime } from '../../shared/format.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { requestText } from './messages.ts';

/** The request's state changes as the parts service recorded them (the workflow drives them). */
export function RequestTimeline({ requestId }: { requestId: number }) {
  const m = useMessages(requestText);
  const history = useQuery(parts.requests.history.queryOptions({ requestId }));
  return (
    <QueryState query={history} isEmpty={(h) => h.changes.length === 0}>
      {(h) => (
        <Timeline
          aria-label={m.timeline}
          items={h.changes.map((c) => ({
            children: (
              <>
                <StatusTag status={c.toState} /> {dateTime(c.at)} · {m.actor} {c.actor} ({c.actorRole})
                {c.reason ? ` — ${c.reason}` : ''}
              </>
            ),
          }))}
        />
      )}
    </QueryState>
  );
}
