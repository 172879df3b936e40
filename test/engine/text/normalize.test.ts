import { describe, expect, it } from 'vitest';
import { analyze, termsOf } from '../../../src/engine/text/analyze.js';
import { editDistance } from '../../../src/engine/text/edit-distance.js';
import { firstSentence, leadingSentences } from '../../../src/engine/text/clip.js';
import { foldWords } from '../../../src/engine/text/fold.js';
import { MAX_QUESTION_CHARS, sanitizeQuestion } from '../../../src/engine/text/sanitize.js';
import { stem } from '../../../src/engine/text/stem.js';

describe('sanitizeQuestion', () => {
  it('turns control and invisible characters into spaces and trims', () => {
    expect(sanitizeQuestion('\u0000when\u200B is\u202E the\tdeadline\u0007 ')).toBe('when  is  the deadline');
  });

  it('caps what is read, however long the paste', () => {
    expect(sanitizeQuestion('deadline '.repeat(2000)).length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it('treats anything that is not a string as an empty question', () => {
    expect(sanitizeQuestion(undefined)).toBe('');
    expect(sanitizeQuestion(42)).toBe('');
  });
});

describe('foldWords', () => {
  it('lowercases, strips accents and splits on punctuation', () => {
    expect(foldWords('Rare-Earth magnets, Curaçao & Côte!')).toEqual(['rare', 'earth', 'magnets', 'curacao', 'and', 'cote']);
  });

  it('reads ordinal numbers as numbers', () => {
    expect(foldWords('signed on the 14th, not the 1st or 22nd')).toEqual(['signed', 'on', 'the', '14', 'not', 'the', '1', 'or', '22']);
  });

  it('joins dotted abbreviations and drops possessives', () => {
    expect(foldWords("U.S. Trade Representative's role under 19 U.S.C. 1862")).toEqual(['us', 'trade', 'representative', 'role', 'under', '19', 'usc', '1862']);
  });

  it('spells out contractions, so no word such as "couldv" is left to misread', () => {
    expect(foldWords("he'd say we'll pay what we couldn't, they're sure I'm right")).toEqual(['he', 'would', 'say', 'we', 'will', 'pay', 'what', 'we', 'couldnt', 'they', 'are', 'sure', 'i', 'am', 'right']);
  });

  it('keeps other scripts as words instead of dropping them', () => {
    expect(foldWords('关键矿产 ما هو')).toEqual(['关键矿产', 'ما', 'هو']);
  });
});

describe('stem', () => {
  it('meets plural and verb forms at one stem', () => {
    expect(new Set(['negotiations', 'negotiating', 'negotiate', 'negotiated'].map(stem)).size).toBe(1);
    expect(stem('minerals')).toBe(stem('mineral'));
    expect(stem('countries')).toBe(stem('country'));
    expect(stem('processed')).toBe(stem('processing'));
    expect(stem('tariffs')).toBe('tariff');
    expect(new Set(['implement', 'implemented', 'implementing', 'implements'].map(stem)).size).toBe(1);
  });

  it('leaves short words and numbers alone', () => {
    expect(stem('tin')).toBe('tin');
    expect(stem('2025')).toBe('2025');
    expect(stem('status')).toBe('status');
  });
});

describe('synonyms and abbreviations', () => {
  const same = (...texts: string[]) => new Set(texts.map((t) => termsOf(t).join(' '))).size;

  it('folds the names of the Department of War together', () => {
    expect(same('Pentagon', 'DoD', 'Department of War', 'department of defense', 'the War Department')).toBe(1);
  });

  it('folds agency abbreviations with their long names', () => {
    expect(same('USTR', 'U.S. Trade Representative', 'trade rep')).toBe(1);
    expect(same('DHS', 'Homeland Security', 'Department of Homeland Security')).toBe(1);
    expect(same('CBP', 'Customs and Border Protection')).toBe(1);
    expect(same('BIS', 'Bureau of Industry and Security')).toBe(1);
  });

  it('folds legal shorthand: EO, FR, 232, REE, PCMDP', () => {
    expect(same('EO', 'executive order')).toBe(1);
    expect(same('FR', 'Federal Register')).toBe(1);
    expect(same('232', 'Section 232', 'sec. 232')).toBe(1);
    expect(same('REE', 'rare earth elements', 'rare earths')).toBe(1);
    expect(same('PCMDPs', 'processed critical minerals and their derivative products')).toBe(1);
  });

  it('treats tariff, duty and levy alike, and deadline, due date and cutoff alike', () => {
    expect(same('tariff', 'duties', 'levy', 'import tax')).toBe(1);
    expect(same('deadline', 'due date', 'cutoff', 'expiry')).toBe(1);
  });

  it('does not read "due to" as a due date', () => {
    expect(termsOf('prices rose due to demand')).not.toContain('deadline');
  });

  it('drops stop words and chat filler', () => {
    expect(termsOf('hey bot, quick question: what is the deadline please?')).toEqual(['deadline']);
    expect(termsOf('what were the main findings, in a nutshell, going forward?')).toEqual(termsOf('what were the findings'));
  });

  it('reads chat spellings as the words meant, even those that are words of their own', () => {
    expect(termsOf('why didnt they do tariffs rite away cuz of china')).toEqual(termsOf('why didnt they do tariffs right away because of china'));
    expect(analyze('wen wud the window close').words.slice(0, 2)).toEqual(['when', 'would']);
    expect(termsOf('is lithium on the list lol btw')).toEqual(termsOf('is lithium on the list'));
  });

  it('reads a duty that is an obligation apart from a tariff', () => {
    expect(termsOf('does Commerce have any continuing duty under it?')).not.toContain('tariff');
    expect(termsOf('is there a duty on cobalt?')).toContain('tariff');
  });

  it('reads an agreement not kept as one not carried out, and a security issue as no issuing', () => {
    expect(termsOf("the other country doesn't stick to it")).toEqual(termsOf('the other country is not carried out'));
    expect(termsOf('a national security issue')).toEqual(termsOf('national security'));
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('teh', 'the', 2)).toBe(1);
    expect(editDistance('deadlne', 'deadline', 2)).toBe(1);
    expect(editDistance('magnits', 'magnets', 2)).toBe(1);
  });

  it('stops early once past the limit', () => {
    expect(editDistance('weather', 'tariff', 2)).toBe(3);
  });
});

describe('analyze', () => {
  it('keeps where each term came from', () => {
    const a = analyze('When is the Section 232 deadline?');
    expect(a.terms.map((t) => [t.term, t.source])).toEqual([
      ['sect232', 'section 232'],
      ['deadline', 'deadline'],
    ]);
  });

  it('reads "does he have to" as an obligation, and leaves "do we have to pay" a payment', () => {
    expect(termsOf('did he have to tell congress why he acted')).toEqual(['mandatory', 'congress', 'act']);
    expect(termsOf('does it have to be published')).toContain('mandatory');
    expect(termsOf('do we have to pay a duty')).not.toContain('mandatory');
  });

  it('reads the idioms people use for expiry, causes, publishing, deciding and obligations', () => {
    expect(termsOf('the 180 days are long gone')).toEqual(termsOf('the 180 days expired'));
    expect(termsOf('what set this investigation in motion')).toEqual(termsOf('what ordered this investigation'));
    expect(termsOf('why did trump hold of on tariffs')).toEqual(termsOf('why did trump hold off on tariffs'));
    expect(termsOf('how would further action be made official')).toContain('publish');
    expect(termsOf('how long did he take to act on the report')).toEqual(termsOf('how long did he take to decide on the report'));
    expect(termsOf('what is commerce supposed to keep doing')).toContain('mandatory');
    expect(termsOf('the date was supposed to decide it')).not.toContain('mandatory');
    expect(termsOf('which defence uses')).toEqual(termsOf('which defense uses'));
    expect(termsOf('we already mine it here')).toEqual(termsOf('mining'));
    expect(termsOf('what kicked this whole thing off')).toEqual(termsOf('what started this whole thing'));
    expect(termsOf('the FR citation')).toEqual(termsOf('the FR cite'));
  });

  it('reads a deal that is never made or does not work as a failed or ineffective agreement', () => {
    expect(termsOf("if there's no deal by the deadline")).toEqual(termsOf('if they fail to reach a deal by the deadline'));
    expect(termsOf("the talks don't produce an agreement")).toContain('fail');
    expect(termsOf('the agreements turn out not to work')).toContain('ineffectiv');
  });

  it('drops inflected filler words and pronouns, and reads "needed for" as use', () => {
    expect(termsOf('did he tell congress why he acted')).toEqual(['congress', 'act']);
    expect(termsOf('what are these minerals needed for')).toEqual(termsOf('what are these minerals used for'));
    expect(termsOf('whether USTR negotiates alone or together with commerce')).toEqual(['ustr', 'negotiation', 'commerce']);
  });

  it('reads "in one paragraph", "tl;dr" and "overview" as asking for a summary', () => {
    for (const q of ['the proclamation in one paragraph', 'tl;dr of the proclamation', 'overview of the proclamation']) expect(new Set(termsOf(q)), q).toEqual(new Set(['summary', 'proclamation']));
  });

  it('hears talks that stall, collapse or break down as failing', () => {
    for (const q of ['if the talks stall', 'if the talks break down', 'if the talks fell through']) expect(termsOf(q), q).toEqual(termsOf('if the talks fail'));
  });

  it('hears negotiations that do not succeed or pan out, and being "positioned to", as failing and may', () => {
    for (const q of ['if the negotiations do not succeed', "if the talks don't pan out", 'if the talks prove unsuccessful']) expect(termsOf(q), q).toEqual(termsOf('if the negotiations fail'));
    expect(termsOf('what remedies is the President positioned to use')).toEqual(termsOf('what remedies may the President use'));
  });

  it('reads "why was it signed?" as asking its reasons, not its date', () => {
    for (const q of ['why was it signed?', 'why did trump sign 11001?', 'why was 11001 issued in the first place?', 'why was 11001 put in place?']) expect(termsOf(q), q).toEqual(termsOf('why did the president issue the proclamation'));
    expect(termsOf('why was it signed on january 14 and published later?')).toContain('january');
  });

  it('reads chat shorthand and the difference between the two halves of PCMDP', () => {
    expect(termsOf('the 232 crit min deadline')).toEqual(termsOf('the 232 critical minerals deadline'));
    expect(termsOf('procl 11001')).toEqual(termsOf('proclamation 11001'));
    expect(termsOf('the diff')).toEqual(termsOf('the difference'));
    expect(termsOf('which defense applications')).toEqual(termsOf('which defense uses'));
    expect(termsOf('y did they issue this in the 1st place')).toEqual(termsOf('why did the president issue the proclamation'));
    expect(termsOf('by when did they have to wrap up')).toEqual(termsOf('when due wrap up'));
    expect(termsOf('what timeline did eo 14272 give commerce')).toEqual(termsOf('what timetable did eo 14272 give commerce'));
    expect(termsOf('was the probe on a shorter clock than a normal 232 investigation')).toEqual(termsOf('was the probe on a faster clock than a usual 232 investigation'));
    expect(termsOf("the EO's shorter report timeline")).toEqual(termsOf("the EO's faster clock"));
    expect(termsOf('talks with which countries')).toEqual(termsOf('talks partners'));
    expect(termsOf('need the Federal Register cite for our compliance file')).toEqual(termsOf('need the Federal Register cite'));
    expect(termsOf('why was this issued at all')).toEqual(termsOf('why did the president issue the proclamation'));
    expect(termsOf('import reliance numbers cited')).toEqual(termsOf('import reliance numbers'));
    expect(termsOf('is it properly characterized as an executive order')).toEqual(termsOf('is it an executive order'));
    expect(termsOf('who in government do we contact about the talks')).toEqual(termsOf('who leads the talks'));
    expect(termsOf('which agency publishes the list that determines which minerals fall within this action')).toEqual(termsOf('which agency publishes the list'));
    expect(termsOf('what numbers does the proclamation cite')).toEqual(termsOf('what numbers does the proclamation say'));
    expect(termsOf('the FR cite')).toContain('cit');
    expect(termsOf('when did it run in the federal register')).toEqual(termsOf('when was it published in the federal register'));
    expect(termsOf('what can the president do now')).toEqual(termsOf('what further action may the president now'));
    expect(termsOf('did industry get a chance to comment during the investigation')).toEqual(termsOf('industry public comments investigation'));
    expect(termsOf('which agency puts out the list this is all based on')).toEqual(termsOf('which agency puts out the list'));
    expect(termsOf('which statute is this based on')).toContain('bas');
    expect(termsOf('why was this proclamation issued in the first place')).toEqual(termsOf('why did the president issue the proclamation'));
    expect(termsOf('which agency makes the critical minerals list')).toEqual(termsOf('which agency publishes the critical minerals list'));
    expect(termsOf('according to the proclamation')).not.toContain('agreement');
    expect(termsOf('which agency would an importer deal with')).not.toContain('agreement');
    expect(termsOf('did they strike a deal with japan')).toContain('agreement');
    expect(termsOf("why doesn't that solve the problem")).toEqual(termsOf('why is that not enough'));
    expect(termsOf('under what law was proclamation 11001 issued')).toEqual(termsOf('legal authorities the proclamation invokes'));
    expect(termsOf('the statutory provision under which it was issued')).toEqual(termsOf('the legal authorities the proclamation invokes'));
    expect(termsOf('why did they issue this thing in the first place')).toEqual(termsOf('why did the president issue the proclamation'));
    expect(termsOf('exact title of the procl')).toEqual(termsOf('title of the proclamation'));
    expect(termsOf('how many days until he acted')).toEqual(termsOf('how many days until he decided'));
    expect(termsOf('if they cant strike deals by the deadline')).toContain('fail');
  });

  it('never folds two terms set side by side with "or" into the shorthand for both', () => {
    expect(termsOf('a processed critical mineral or a derivative product')).not.toContain('pcmdp');
    expect(termsOf('processed critical minerals and their derivative products')).toEqual(['pcmdp']);
  });

  it('hears "affected", "applies to" and "in scope" as asking what is covered', () => {
    for (const q of ['are magnets affected', 'does it apply to magnets', 'are magnets in scope']) expect(new Set(termsOf(q)), q).toEqual(new Set(termsOf('are magnets covered')));
  });

  it('reads "FR Doc." as a document number, not as the Department of Commerce', () => {
    expect(termsOf('FR Doc. 2025-19813')).toEqual(['frdoc', '2025', '19813']);
    expect(termsOf('DOC and USTR')).toEqual(['commerce', 'ustr']);
  });
});

describe('firstSentence', () => {
  it('does not stop at abbreviations such as U.S. or FR Doc.', () => {
    expect(firstSentence('The U.S. Trade Representative co-leads the talks. Commerce monitors imports.', 200)).toBe('The U.S. Trade Representative co-leads the talks.');
    expect(firstSentence('Published as FR Doc. 2026-01045 on January 20. Later text.', 200)).toBe('Published as FR Doc. 2026-01045 on January 20.');
  });

  it('keeps as many whole sentences as fit, never cutting one', () => {
    const text = 'CBP has nothing to collect. No source names CBP. The only hint is the ICN article.';
    expect(leadingSentences(text, 60)).toBe('CBP has nothing to collect. No source names CBP.');
    expect(leadingSentences(text, 200)).toBe(text);
    expect(leadingSentences(text, 10)).toBe(firstSentence(text, 10));
  });
});
