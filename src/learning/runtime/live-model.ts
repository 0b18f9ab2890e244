/**
 * The live model of this process: the promoted version, re-read from the database every poll
 * (≤ 60 s), loaded when it changes — so a promotion reaches every process without a restart.
 * Until a promoted model has loaded (or if it cannot be), the previous one keeps deciding.
 */
import type { Logger } from '../../logging/logger';
import type { Queryable } from '../../store/db';
import { activate, CORPUS_VERSION, corpusModel, type ActiveModel } from '../model/learned-model';
import { liveVersion, loadModel } from '../model/model-store';

export interface LiveModel {
  current(): ActiveModel;
  /** Reads the pointer now and loads the model when it changed. */
  sync(): Promise<void>;
}

export function createLiveModel(db: Queryable, logger: Logger): LiveModel {
  let active: ActiveModel | null = null;
  const current = (): ActiveModel => {
    active ??= activate(corpusModel());
    return active;
  };
  return {
    current,
    async sync() {
      const version = await liveVersion(db);
      // The corpus model is activated lazily: the entry points train (and time) it themselves.
      if (version === (active?.version ?? CORPUS_VERSION)) return;
      if (version === CORPUS_VERSION) {
        active = activate(corpusModel());
      } else {
        const loaded = await loadModel(db, version);
        if (!loaded) throw new Error(`the live model ${version} is not in learning_models: promote an existing version (riskdesk model list)`);
        active = activate(loaded.model);
      }
      logger.info({ modelVersion: version }, 'live model switched');
    },
  };
}
