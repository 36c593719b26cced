import { type Action, type Artefact, can } from '../policies/ownership.ts';
import { ROLES, type Role } from './enums.ts';
import { type FieldError, forbidden, invalid } from './errors.ts';

/**
 * The status machines of the domain (features, feedback, releases, launches, programs, campaigns,
 * partners) as data: each module states its machine, and every status change is checked here, so
 * every refusal has the same kind and the same words.
 */
export type MachineSpec<S extends string, Columns extends object = object> = {
  /** The matrix artefact whose rights govern a move. */
  artefact: Artefact;
  /** How a message names one item: "feature", "feedback item", "partner". */
  noun: string;
  /** Where each status may go next; a status with nowhere to go is final. */
  transitions: { readonly [K in S]: readonly S[] };
  /** Moves into these statuses need another right of the matrix than 'update' (a review, say). */
  rights?: Partial<Record<S, Action>>;
  /** Moves into these statuses are steps of their own (named here), not a plain status edit. */
  steps?: Partial<Record<S, string>>;
  /** Columns written on entering a status: the move's side effects on the row. */
  onEnter?: Partial<Record<S, () => Columns>>;
  /**
   * Whether a role holds a right; the matrix unless a module still keeps a right of its own
   * (to be folded into the matrix, which is the one place rights should live).
   */
  may?: (role: Role, action: Action) => boolean;
};

/** Where the caller is and where they want to go; `role` is needed once the machine has rights. */
export type Move<S extends string> = { from: S; to: S; role?: Role; path?: string };

export type Workflow<S extends string, Columns extends object = object> = {
  readonly spec: MachineSpec<S, Columns>;
  readonly transitions: { readonly [K in S]: readonly S[] };
  /** Every status the machine allows after `from`, whoever asks. */
  next(from: S): readonly S[];
  /** The statuses `role` may move an item in status `from` to: what a client should offer. */
  allowedFor(role: Role, from: S): S[];
  /** Why a move is refused by the machine (not by rights), as a field error; null when allowed. */
  problem(from: S, to: S, path?: string): FieldError | null;
  /** Throws 422 (the machine refuses the move) or 403 (the role lacks the right to make it). */
  assertMove(move: Move<S>): void;
  /** Throws 422 when `to` is a step of its own that a plain status edit must not take. */
  assertPlainEdit(from: S, to: S | undefined, path?: string): void;
  /** The columns a move into `to` writes besides the status itself. */
  enter(to: S): Columns | Record<string, never>;
  /** The activity verb of an edit: a workflow move is worth its own verb (the diff says from what to what). */
  action(from: S, to: S | undefined): 'status_changed' | 'updated';
};

/** Builds the checker of one machine. */
export function defineWorkflow<S extends string, Columns extends object = object>(
  spec: MachineSpec<S, Columns>,
): Workflow<S, Columns> {
  const may = spec.may ?? ((role: Role, action: Action) => can(role, spec.artefact, action));
  const rightFor = (to: S): Action => spec.rights?.[to] ?? 'update';
  const next = (from: S): readonly S[] => spec.transitions[from];

  const problem = (from: S, to: S, path = 'status'): FieldError | null => {
    if (from === to) return null;
    const allowed = next(from);
    if (allowed.includes(to)) return null;
    const why = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : `${from} is final`;
    return { path, message: `A ${spec.noun} cannot move from ${from} to ${to}; ${why}` };
  };

  return {
    spec,
    transitions: spec.transitions,
    next,
    allowedFor: (role, from) => next(from).filter((to) => may(role, rightFor(to))),
    problem,
    assertMove({ from, to, role, path = 'status' }) {
      const err = problem(from, to, path);
      if (err) throw invalid(err.message, [err]);
      if (from === to || !role) return;
      const right = rightFor(to);
      if (may(role, right)) return;
      const holders = ROLES.filter((r) => may(r, right));
      throw forbidden(
        `A ${role} may not move a ${spec.noun} to ${to}: that takes the ${right.replaceAll('_', ' ')} right, held by ${holders.join(', ')}`,
        holders,
      );
    },
    assertPlainEdit(from, to, path = 'status') {
      const step = to === undefined || to === from ? undefined : spec.steps?.[to];
      if (!step) return;
      const message = `A ${spec.noun} moves to ${to} through the ${step} step, not a status edit`;
      throw invalid(message, [{ path, message }]);
    },
    enter: (to) => spec.onEnter?.[to]?.() ?? {},
    action: (from, to) => (to !== undefined && to !== from ? 'status_changed' : 'updated'),
  };
}
