import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { isRefusalCode } from './business-refusal.ts';

/** Workflow side: the service's refusal inside a failed activity, or null for any other failure. */
export function refusalIn(error: unknown): string | null {
  if (
    error instanceof ActivityFailure &&
    error.cause instanceof ApplicationFailure &&
    isRefusalCode(error.cause.type ?? undefined)
  ) {
    return error.cause.message;
  }
  return null;
}
