import { getModel } from './classify/bayes/training';
import { getCrisisModel } from './crisis/model-training';

/**
 * Trains the intent and crisis models now rather than on the first ticket: the first webhook
 * would otherwise wait ~250 ms on the request path, and a missing data/ file surfaces at start-up.
 */
export function warmTriageModels(): void {
  getModel();
  getCrisisModel();
}

/**
 * Intake only checks for crisis (to pick the queue priority): an intake-only process trains the
 * crisis model alone. The intent model would only add ~10 MB that every full GC walks.
 */
export function warmIntakeModels(): void {
  getCrisisModel();
}
