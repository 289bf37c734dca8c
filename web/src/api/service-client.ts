import { getJson } from './http.ts';

/** What the operator has said about the service (GET /api/service). */
export interface ServiceInfo {
  readonly contactEmail: string | null;
  readonly retentionYears: number;
  readonly suppressionThreshold: number;
}

export async function getServiceInfo(signal: AbortSignal): Promise<ServiceInfo> {
  return (await getJson('/api/service', signal)) as ServiceInfo;
}
