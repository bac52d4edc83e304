/** The Progress dashboard's method of the contract. */
import type { ApiHandlers } from '../ipc-dispatch';
import { createDashboardService, type DashboardServiceDeps } from './dashboard-service';

export function createDashboardHandlers(deps: DashboardServiceDeps): Pick<ApiHandlers, 'getDashboard'> {
  const service = createDashboardService(deps);
  return { getDashboard: () => service.dashboard() };
}
