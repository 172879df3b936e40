/**
 * Words that carry no topic: grammar, question words, chat filler ("hey bot, quick question"),
 * the country itself (every fact is about the US) and a few habitual misspellings of these
 * ("teh", "wen") so typo correction never turns them into content words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the few several hypothetically theoretically of to in on for by with at from about as into onto over under per via during throughout and or but nor if then than so
  is are was were be been being am isnt arent wasnt werent do does did doing done dont doesnt didnt
  has have had having hasnt havent hadnt will would shall should can could may might must cant couldnt wont wouldnt shouldnt
  he she him his her hers himself herself itself themselves
  i im ive id me my mine we were our ours us you youre your yours u ur it its itd they them their theirs there theres here
  this that thats these those what whats which who whos whom whose when whens where wheres why how hows
  any some all each every just also really very too quite much many more most such other another own same
  please pls plz thanks thank thx ty hi hey hello yo ok okay cheers bot guys team folks
  lol lmao haha omg btw fyi imo imho tbh idk asap ones
  tell told know knew known explain question questions quick wondering wonder curious need want like get got gets go goes going gonna wanna
  say says said mean means meant thing things stuff something anything everything nothing anywhere somewhere everywhere anyone someone exact exactly precise actually basically technically big huge again yet still
  let lets give show look looking see sure maybe probably think thought check asking ask help
  define defined defines definition meaning work works working whole out up down vs versus compare compared comparison difference differences differ between
  not no yes because since while until till now currently today presently
  whether either neither both only even ever overall main major principal once already else instead anyway alone together besides beside regarding concerning side
  usa america american united states nation
  teh hte dose abt bout realy relly rly acutally actualy basicly jus juts actual
  wer ben bene memo memos different full complete entire eventually ultimately underlying underlies purpose purposes pager onepager deck decks slide slides ie eg recited core guy dude always`.split(/\s+/).filter(Boolean),
);
