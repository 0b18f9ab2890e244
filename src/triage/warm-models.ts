import { getModel, isModelTrained } from './classify/bayes/training';
import { getCrisisModel, isCrisisModelTrained } from './crisis/model-training';

/** Runs the training it is given (entry points time and log it); only called when there is training to do. */
export type TrainingRunner = (train: () => void) => void;

const runDirectly: TrainingRunner = (train) => train();

/**
 * Trains the intent and crisis models now rather than on the first ticket: the first webhook
 * would otherwise wait ~250 ms on the request path, and a missing data/ file surfaces at start-up.
 */
export function warmTriageModels(run: TrainingRunner = runDirectly): void {
  if (isModelTrained() && isCrisisModelTrained()) return;
  run(() => {
    getModel();
    getCrisisModel();
  });
}

/**
 * Intake only checks for crisis (to pick the queue priority): an intake-only process trains the
 * crisis model alone. The intent model would only add ~10 MB that every full GC walks.
 */
export function warmIntakeModels(run: TrainingRunner = runDirectly): void {
  if (isCrisisModelTrained()) return;
  run(() => void getCrisisModel());
}
