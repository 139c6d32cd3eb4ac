export { createService, type Service, type ServiceSettings, type ReadinessCheck } from './create-service.ts';
export { serveService, type RunningService, type ServeSettings } from './serve.ts';
export type { ServiceVariables } from './request-log.ts';
