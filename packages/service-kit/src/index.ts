export {
  createService,
  type Service,
  type ServiceSettings,
  type ReadinessCheck,
  type RequestLimits,
} from './create-service.ts';
export { defaultBodyBytes, defaultLargeBodyBytes, defaultMaxBatchSize, limitBody } from './body-limit.ts';
export { securityHeaders, contentSecurityPolicy } from './security-headers.ts';
export { serveService, type RunningService, type ServeSettings } from './serve.ts';
export type { ServiceVariables } from './request-log.ts';
export { openServiceProcess, type Opened, type ServiceProcessConfig } from './service-process.ts';
