import { describe, expect, it } from 'vitest';
import { questionParts } from '../../../src/engine/analysis/question-parts.js';

const asked = (q: string) => (questionParts(q) ?? []).filter((p) => p.asked).map((p) => p.text);

describe('questionParts: the questions one message asks', () => {
  it('reads a list of things asked for after one question word as one question each', () => {
    expect(asked('wats the proclamation number, its full title, and is it an EO?')).toEqual(['wats the proclamation number', 'what is its full title', 'is it an EO']);
    expect(asked('what is the signing date, the FR citation and the title?')).toEqual(['what is the signing date', 'what is the FR citation', 'what is the title']);
    expect(asked('when was it signed, effective date, FR citation')).toEqual(['when was it signed', 'what is effective date', 'what is FR citation']);
  });

  it('keeps "the draft and the final list" one thing when no comma makes a list', () => {
    expect(questionParts("what's the difference between the draft and the final list")).toBeNull();
  });

  it('asks both sides of a "+", which nobody uses to set a scene', () => {
    expect(asked('PCMDP meaning + who negotiates')).toEqual(['PCMDP meaning', 'who negotiates']);
  });

  it('keeps a short question of two words ("is it an EO") as a part', () => {
    expect(asked('who signed it, and is it an EO?')).toEqual(['who signed it', 'is it an EO']);
  });
});
