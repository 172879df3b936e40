import { describe, expect, it } from 'vitest';
import { questionParts } from '../../../src/engine/analysis/question-parts.js';

const asked = (q: string) => (questionParts(q) ?? []).filter((p) => p.asked).map((p) => p.text);

describe('questionParts: the questions one message asks', () => {
  it('splits at "+", "btw" and a repeated count, however the second question is spelt', () => {
    expect(asked('whats the deadline for deals + whos negotiating them')).toEqual(['whats the deadline for deals', 'whos negotiating them']);
    expect(asked('is the tarrif thing happening to me or not, and btw whats the corporate tax rate for 2026 lol')).toEqual(['is the tarrif thing happening to me or not', 'btw whats the corporate tax rate for 2026 lol']);
    expect(asked('days since signing and days since deadline, both number pls')).toEqual(['days since signing', 'days since deadline, both number pls']);
  });

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

  it('splits a tag question after a comma, and a "kindly state (a) … (b) …" request', () => {
    expect(asked('who signed the proclamation, was it biden?')).toEqual(['who signed the proclamation', 'was it biden']);
    expect(asked('Kindly state (a) the statutory authority and (b) the FR citation.')).toEqual(['Kindly state the statutory authority', 'Kindly state the FR citation']);
  });

  it('keeps a short question of two words ("is it an EO") as a part', () => {
    expect(asked('who signed it, and is it an EO?')).toEqual(['who signed it', 'is it an EO']);
  });

  it('splits a second question put to an agency after a comma, and drops an opening that only counts the questions', () => {
    expect(asked('who decides on tariffs after the deadline, does congress have to vote?')).toEqual(['who decides on tariffs after the deadline', 'does congress have to vote']);
    expect(asked('Two things for the memo - when was 11001 signed, and when did it run in the Federal Register?')).toEqual(['when was 11001 signed', 'when did it run in the Federal Register']);
    expect(asked('is there a tariff now, and if not what would trigger one?')).toEqual(['is there a tariff now', 'if not what would trigger one']);
  });

  it('shares the question before a "to" with a second "and to …"', () => {
    expect(asked('how many days did he have to decide and to implement it?')).toEqual(['how many days did he have to decide', 'how many days did he have to implement it']);
  });

  it('reads a long opening before a colon, in which the asker speaks of themselves, as the scene', () => {
    const parts = questionParts('Quick sanity check before I send our monthly update: the negotiation deadline - has it passed?');
    expect(parts).toEqual([
      { text: 'Quick sanity check before I send our monthly update', asked: false },
      { text: 'the negotiation deadline - has it passed', asked: true },
    ]);
    expect(questionParts('USTR comment window on the plurilateral critical minerals agreement: open date, close date?')?.[0]?.asked).not.toBe(false);
  });

  it('asks each lettered or numbered item of a request with the request\'s own words', () => {
    expect(asked('Please state (a) the Federal Register document number of the proclamation and (b) the statutory provision under which it was issued.')).toEqual([
      'Please state the Federal Register document number of the proclamation',
      'Please state the statutory provision under which it was issued',
    ]);
    expect(asked('(1) who signed it, (2) when?')).toEqual(['who signed it', 'when']);
  });
});
