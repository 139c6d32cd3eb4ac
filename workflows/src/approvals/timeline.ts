import { setHandler } from '@temporalio/workflow';
import { statusQuery, type OpenTask, type StepRecord, type WorkflowStatus } from './approval.contracts.ts';

/** Workflow time as an ISO instant (deterministic inside a workflow: it is the task's time). */
export const nowIso = () => new Date(Date.now()).toISOString();

/**
 * A workflow's own record of where it is and what happened, answered by the `status` query. Workflow
 * code only: it registers the query handler when constructed.
 */
export class Timeline {
  stage: string;
  deadline: string | null = null;
  openTask: OpenTask | null = null;
  readonly history: StepRecord[] = [];

  constructor(stage: string) {
    this.stage = stage;
    setHandler(statusQuery, (): WorkflowStatus => ({
      stage: this.stage,
      deadline: this.deadline,
      openTask: this.openTask,
      history: this.history.map((r) => ({ ...r })),
    }));
  }

  /** Enters a stage and opens a step record for it. */
  begin(step: string, fields: Omit<StepRecord, 'step' | 'startedAt'> = {}): StepRecord {
    const record: StepRecord = { step, startedAt: nowIso(), ...fields };
    this.history.push(record);
    return record;
  }

  end(record: StepRecord, outcome: string, fields: Omit<StepRecord, 'step' | 'startedAt' | 'outcome'> = {}): void {
    Object.assign(record, fields, { outcome, endedAt: nowIso() });
  }

  /** A step that happens at once: begun and ended in one go. */
  note(step: string, outcome: string, fields: Omit<StepRecord, 'step' | 'startedAt' | 'outcome'> = {}): StepRecord {
    const record = this.begin(step);
    this.end(record, outcome, fields);
    return record;
  }
}
