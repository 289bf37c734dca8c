import { PUBLIC } from '../../auth/route-access.ts';
import type { ZodApp } from '../../zod-app.ts';
import { serviceInfoSchema } from './schema.ts';

/** What the operator has said about the service: shown on its privacy, contact and accessibility pages. */
export interface ServiceInfo {
  readonly contactEmail: string | null;
  readonly retentionYears: number;
}

export function registerServiceRoutes(app: ZodApp, deps: { info: ServiceInfo; suppressionThreshold: number }): void {
  app.get('/api/service', { schema: serviceInfoSchema, config: { access: PUBLIC } }, () => ({ ...deps.info, suppressionThreshold: deps.suppressionThreshold }));
}
