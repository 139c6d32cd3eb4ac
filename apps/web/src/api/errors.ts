import { TRPCClientError } from '@trpc/client';
import type { FormInstance } from 'antd';

type FieldData<T> = Parameters<FormInstance<T>['setFields']>[0][number];

export interface FieldError {
  path: string;
  message: string;
}

/** The services name the fields at fault: `data.fieldErrors: [{ path, message }]` on BAD_REQUEST. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { fieldErrors?: FieldError[] } | undefined;
  return data?.fieldErrors ?? [];
}

export function codeOf(error: unknown): string | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  return (error.data as { code?: string } | undefined)?.code;
}

export function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  return (
    (error.data as { httpStatus?: number } | undefined)?.httpStatus ??
    (error.meta?.response as Response | undefined)?.status
  );
}

/** A form's field path from the service's dotted path ("lines.0.partCode" → ['lines', 0, 'partCode']). */
export const formPath = (path: string): (string | number)[] =>
  path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Each field error on the form field it names; what no field on the form carries is returned for an alert. */
export function applyFieldErrors<T>(
  form: Pick<FormInstance<T>, 'setFields'>,
  error: unknown,
  known: (path: (string | number)[]) => boolean,
  rename: (path: (string | number)[]) => (string | number)[] = (p) => p,
): FieldError[] {
  const errors = fieldErrorsOf(error);
  const onFields = errors.filter((e) => known(formPath(e.path)));
  form.setFields(onFields.map((e) => ({ name: rename(formPath(e.path)), errors: [e.message] }) as FieldData<T>));
  return errors.filter((e) => !onFields.includes(e));
}
