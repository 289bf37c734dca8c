import { api, reply, type Reply } from './http.ts';

/** What the operator has said about the service (GET /api/service). */
export type ServiceInfo = Reply<'/api/service'>;

export async function getServiceInfo(signal: AbortSignal): Promise<ServiceInfo> {
  return reply(api.GET('/api/service', { signal }));
}
