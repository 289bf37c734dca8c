import { getServiceInfo } from '../../api/service-client.ts';
import { useApi } from '../../api/use-api.ts';

export function useServiceInfo() {
  return useApi('service-info', getServiceInfo);
}
