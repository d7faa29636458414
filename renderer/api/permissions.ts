import { contract, type MethodName } from '../../shared/api/contract';
import type { Role } from '../../shared/auth/roles';

/** Whether a role may call a method, read from the contract so the UI never disagrees with the backend. */
export function can(method: MethodName, role: Role | null | undefined): boolean {
  const roles = contract[method].roles;
  if (roles === 'public') return true;
  return role != null && roles.includes(role);
}
