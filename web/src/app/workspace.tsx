import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { rolesLabel } from './roles';

type Ownership = Awaited<ReturnType<typeof loadOwnership>>;
export type Artefact = Ownership['artefacts'][number]['artefact'];
export type Role = Ownership['roles'][number];
/** What a person may try: an owner's change, or one of the contributions the matrix names. */
export type Action = 'create' | 'update' | 'delete' | 'comment' | 'link_feedback' | 'propose' | 'review';

const loadOwnership = () => unwrap(api.GET('/api/v1/ownership'));

export function useOwnership() {
  return useQuery({ queryKey: ['ownership'], queryFn: loadOwnership, staleTime: Infinity });
}

export type WorkspaceContext = { id: string; name: string; role: Role; ownership: Ownership };
const Context = createContext<WorkspaceContext | null>(null);

export function WorkspaceProvider(props: { value: WorkspaceContext; children: ReactNode }) {
  return <Context.Provider value={props.value}>{props.children}</Context.Provider>;
}

/** The workspace the current page belongs to. */
export function useWorkspace(): WorkspaceContext {
  const ws = useContext(Context);
  if (!ws) throw new Error('useWorkspace outside a workspace page');
  return ws;
}

export type Permission = { allowed: boolean; owners: readonly string[]; reason: string };

/**
 * Whether a role may take an action on an artefact, read from the same matrix the server enforces.
 * Display only: the server decides, and a refusal it sends is shown as it comes.
 */
export function permission(ownership: Ownership, role: Role, artefact: Artefact, action: Action): Permission {
  const rule = ownership.artefacts.find((a) => a.artefact === artefact);
  const owners = (rule?.owners ?? []).filter((r) => r !== 'admin');
  const reason = `Owned by ${rulesOwner(owners)}`;
  if (role === 'admin') return { allowed: true, owners, reason: '' };
  if (!rule) return { allowed: false, owners, reason };
  if (action === 'review') {
    // Review is its own right in the matrix (product marketing accepts marketing's programs), not the owners'.
    const reviewers = rule.reviewers.filter((r) => r !== 'admin');
    const allowed = reviewers.includes(role);
    return { allowed, owners, reason: allowed ? '' : `Reviewed by ${rolesLabel(reviewers)} (and admins)` };
  }
  if (rule.owners.includes(role)) return { allowed: true, owners, reason: '' };
  const contributions = rule.contributors.find((c) => c.role === role)?.may ?? [];
  const allowed = action !== 'update' && action !== 'delete' && (contributions as string[]).includes(action);
  return { allowed, owners, reason: allowed ? '' : reason };
}

/** Whether a role may read an artefact at all (its owners, contributors and readers may), e.g. to show a screen. */
export function mayRead(ownership: Ownership, role: Role, artefact: Artefact): boolean {
  if (role === 'admin') return true;
  const rule = ownership.artefacts.find((a) => a.artefact === artefact);
  if (!rule) return false;
  return (
    rule.owners.includes(role) ||
    (rule.readers as readonly string[]).includes(role) ||
    rule.contributors.some((c) => c.role === role)
  );
}

const rulesOwner = (owners: readonly string[]) => rolesLabel(owners) + (owners.length ? ' (and admins)' : '');

export function useCan(artefact: Artefact, action: Action): Permission {
  const ws = useWorkspace();
  return permission(ws.ownership, ws.role, artefact, action);
}
