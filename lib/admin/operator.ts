import type { Actor } from '@/lib/domain/actor';
import { Forbidden } from '@/lib/errors';

/** The actor of every console service: a platform operator (the edges build it from the database role). */
export type OperatorActor = Extract<Actor, { type: 'OPERATOR' }>;

/** Console services refuse anyone else, whatever the edge did: defence in depth. */
export function assertOperator(actor: Actor): asserts actor is OperatorActor {
  if (actor.type !== 'OPERATOR') throw new Forbidden('Only platform operators can do this.');
}
