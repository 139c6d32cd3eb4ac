import type { TRPCDefaultErrorShape as DefaultErrorShape, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { DomainError } from './errors.ts';

export interface FieldError {
  path: string;
  message: string;
}

export interface SanbaoErrorData {
  fieldErrors?: FieldError[];
}

const pathOf = (path: PropertyKey[]) => path.map(String).join('.') || '(input)';

/** A ZodError becomes a BAD_REQUEST whose message and data name every field at fault. */
export function formatError({
  shape,
  error,
}: {
  shape: DefaultErrorShape;
  error: TRPCError;
}): DefaultErrorShape & { data: SanbaoErrorData } {
  const { stack: _stack, ...data } = shape.data;
  if (error.cause instanceof ZodError) {
    const fieldErrors = error.cause.issues.map((i) => ({ path: pathOf(i.path), message: i.message }));
    return {
      ...shape,
      message: fieldErrors.map((f) => `${f.path}: ${f.message}`).join('; '),
      data: { ...data, fieldErrors },
    };
  }
  if (error.cause instanceof DomainError && error.cause.field) {
    return { ...shape, data: { ...data, fieldErrors: [{ path: error.cause.field, message: error.message }] } };
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { ...shape, message: 'Internal server error', data };
  }
  return { ...shape, data };
}
