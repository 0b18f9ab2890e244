/**
 * A learned model: the intent naive Bayes and the crisis model, with the version that names it.
 * `corpus` is the model trained from the shipped data/ alone — what runs when nothing was promoted.
 */
import { classifyIntents, type IntentClassification } from '../../triage/classify';
import type { NaiveBayes } from '../../triage/classify/bayes/model';
import { getModel } from '../../triage/classify/bayes/training';
import type { CrisisResult } from '../../triage/types';
import { corpusCrisisModel, detectCrisisWithModel, type CrisisModelHandle } from '../crisis-model-adapter';

export const CORPUS_VERSION = 'corpus';

export interface LearnedModel {
  version: string;
  intent: NaiveBayes;
  crisis: CrisisModelHandle;
}

/** What decide() needs from a model. */
export interface ActiveModel {
  version: string;
  classify(text: string, subject?: string): IntentClassification;
  detectCrisis(text: string): CrisisResult;
}

export function activate(model: LearnedModel): ActiveModel {
  return {
    version: model.version,
    classify: (text, subject) => classifyIntents(text, subject, model.intent),
    detectCrisis: (text) => detectCrisisWithModel(model.crisis, text),
  };
}

export function corpusModel(): LearnedModel {
  return { version: CORPUS_VERSION, intent: getModel(), crisis: corpusCrisisModel() };
}
