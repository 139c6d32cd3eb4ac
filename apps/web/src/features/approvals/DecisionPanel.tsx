import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf } from '../../api/errors.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { useIdempotencyKey } from '../../shared/idempotency.ts';
import { RequestDetail } from '../requests/RequestDetail.tsx';
import { approvals, subjectOf } from './client.ts';
import type { InboxTask } from './contract.ts';
import { approvalText } from './messages.ts';
import { TaskTimeline } from './TaskTimeline.tsx';

/** The business record behind the task, where the UI has a page for it. */
function Subject({ task }: { task: InboxTask }) {
  const subject = subjectOf(task);
  if (subject?.kind === 'parts_request') return <RequestDetail requestId={subject.id} actions={false} />;
  if (subject?.kind === 'claim') return <Link to={`/claims/${subject.id}`}>{task.reference}</Link>;
  return <Typography.Text>{task.reference}</Typography.Text>;
}

/**
 * Approve or reject one open task with a comment (a rejection needs one). The idempotency key stays
 * the same across retries of one decision, so a retry after a lost answer gets the workflow's first one.
 */
export function DecisionPanel({ task, onDone }: { task: InboxTask; onDone: () => void }) {
  const m = useMessages(approvalText);
  const [form] = Form.useForm<{ comment?: string }>();
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const decide = useMutation(approvals.inbox.decide.mutationOptions());
  const run = async (decision: 'approve' | 'reject') => {
    const comment = ((form.getFieldValue('comment') as string | undefined) ?? '').trim();
    if (decision === 'reject' && !comment) return form.setFields([{ name: 'comment', errors: [m.commentRequired] }]);
    form.setFields([{ name: 'comment', errors: [] }]);
    setFailure(null);
    try {
      await decide.mutateAsync({ idempotencyKey: key.key(), taskId: task.taskId, decision, comment });
      key.done();
      void message.success(m.decided_ok);
      await queryClient.invalidateQueries({ queryKey: approvals.pathKey() });
      onDone();
    } catch (error) {
      const onComment = fieldErrorsOf(error).find((f) => f.path === 'comment');
      if (onComment) form.setFields([{ name: 'comment', errors: [onComment.message] }]);
      else setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{task.summary}</Typography.Paragraph>
      <Subject task={task} />
      {task.state === 'pending' && task.requestType === 'old_part_return' && (
        <Alert type="info" showIcon message={m.followedByWarehouse} />
      )}
      {task.state === 'pending' && task.requestType !== 'old_part_return' && (
        <Form form={form} layout="vertical">
          <Form.Item label={m.comment} name="comment">
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          {failure && (
            <Alert
              type="error"
              showIcon
              message={m.decisionFailed}
              description={failure}
              style={{ marginBottom: 12 }}
            />
          )}
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
      <TaskTimeline workflowId={task.workflowId} />
    </Space>
  );
}
