import type { Actor, OperatorActor } from '@/lib/domain/actor';
import { Forbidden } from '@/lib/errors';

/** Console services refuse anyone but an operator, whatever the edge did: defence in depth. */
export function assertOperator(actor: Actor): asserts actor is OperatorActor {
  if (actor.kind !== 'operator') throw new Forbidden('Only platform operators can do this.');
}
