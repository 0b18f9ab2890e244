import { corpusCrisisModel, deserializeCrisis, detectCrisisWithModel, serializeCrisis } from '../../src/learning/crisis-model-adapter';

// Only the lexical gate opens the model's window here (no cue list matches it).
const GATE_ONLY = 'Zorvex box 5512 had the wrong perfume bottle, refund it, I wrote letters to everyone I love tonight';

const bytes = (array: Float32Array | undefined): Buffer => (array === undefined ? Buffer.alloc(0) : Buffer.from(array.buffer, array.byteOffset, array.byteLength));

describe('stored crisis models', () => {
  const model = corpusCrisisModel();

  it('keep their own lexical gate, so a stored model reads where it learnt to', () => {
    const shipped = model.gate;
    if (shipped === undefined) throw new Error('the shipped crisis model has no lexical gate');
    // A gate unlike the shipped one: falling back to the shipped gate must not pass for keeping it.
    const own = { ...model, gate: { weights: shipped.weights.map((w) => w * 0.5), bias: shipped.bias - 0.25, threshold: shipped.threshold + 0.125 } };
    const restored = deserializeCrisis(JSON.parse(JSON.stringify(serializeCrisis(own))));
    expect(restored.gate?.threshold).toBe(own.gate.threshold);
    expect(restored.gate?.bias).toBe(own.gate.bias);
    expect(bytes(restored.gate?.weights).equals(bytes(own.gate.weights))).toBe(true);
    const verdict = detectCrisisWithModel(model, GATE_ONLY);
    expect(verdict.crisis || verdict.crisisReview).toBe(true);
    expect(detectCrisisWithModel(deserializeCrisis(serializeCrisis(model)), GATE_ONLY)).toEqual(detectCrisisWithModel(model, GATE_ONLY));
  });

  it('stored before the gate was kept borrow the shipped gate instead of reading only at cue words', () => {
    const { weights, bias } = serializeCrisis(model) as { weights: string; bias: string };
    const legacy = deserializeCrisis({ weights, bias });
    expect(legacy.gate).toBe(model.gate);
    expect(detectCrisisWithModel(legacy, GATE_ONLY)).toEqual(detectCrisisWithModel(model, GATE_ONLY));
  });

  it('refuse a gate of the wrong size with what to do', () => {
    const stored = serializeCrisis(model) as { weights: string; bias: string; gate: { weights: string; bias: number; threshold: number } };
    expect(() => deserializeCrisis({ ...stored, gate: { ...stored.gate, weights: Buffer.from([1, 2, 3, 4]).toString('base64') } })).toThrow(/gate weights has 1 values.*retrain with riskdesk model train/);
  });
});
