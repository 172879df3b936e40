import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by the one-shot CLI and the console, before any pattern has run. V8 normally runs a new
 * pattern in its interpreter and compiles it to machine code again on the second run; with the
 * hundreds of lexicon patterns a question meets, that double work was about a tenth of a cold
 * one-question process. Compiling each pattern once, straight to machine code, keeps more machine
 * code resident (about 6 MB), which the long-lived Discord bot is better without.
 * The flag is read when a pattern is first compiled, so setting it at run time takes effect.
 */
setFlagsFromString('--no-regexp-tier-up');
