import { QueryClient } from '@tanstack/react-query';

/** Statuses are read from the services; a 4xx is an answer, not a hiccup, so only other failures retry. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (count, error) => {
        const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
        return count < 2 && !(status !== undefined && status < 500);
      },
    },
  },
});
