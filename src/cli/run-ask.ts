import { createInterface } from 'node:readline';
import type { Engine } from '../engine/engine-api.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { PoliteRefusal } from '../commands/refusal.js';
import { answerJson, jsonLine } from './answer-json.js';
import { answerLine } from './answer-line.js';
import { ASK_USAGE, parseAskArgs } from './args.js';
import { parseCommand } from './parse-command.js';
import { renderAnswer, sanitize } from './render-text.js';

/** A command line the user mistyped ("/glossary" without a term): told how to write it, exit status 2. */
class UsageProblem extends Error {}

export interface AskIo {
  argv: readonly string[];
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  clock: () => Date;
  /** Loads knowledge and builds the engine; only called once the arguments are known to be good. */
  openEngine: () => Engine | Promise<Engine>;
  /** ANSI colour for text answers, when stdout is a terminal. */
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** `npm run ask`: answers one question, or every line of stdin, and returns the exit code. */
export async function runAsk(io: AskIo): Promise<number> {
  const write = (stream: NodeJS.WritableStream, text: string): void => {
    stream.write(`${text}\n`);
  };

  const parsed = parseAskArgs(io.argv);
  if (!parsed.ok) {
    write(io.stderr, `ask: ${sanitize(parsed.error)}\n\n${ASK_USAGE}`);
    return EXIT_USAGE;
  }
  const args = parsed.args;
  if (args.mode === 'help') {
    write(io.stdout, ASK_USAGE);
    return EXIT_OK;
  }

  let engine: Engine;
  try {
    engine = await io.openEngine();
  } catch (error) {
    const detail =
      error instanceof KnowledgeError
        ? error.message
        : `ask: could not start the engine: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    write(io.stderr, detail);
    return EXIT_FAILURE;
  }

  // One clock reading for the whole run, so every answer of a batch counts days from the same day.
  const now = args.now ?? io.clock();
  // A line starting with a slash is a command, read as the console reads it; any other is a question.
  const answerOne = async (question: string): Promise<string> => {
    const line = parseCommand(question);
    if (line.kind === 'invalid') throw new UsageProblem(line.message);
    if (line.kind === 'quit') throw new UsageProblem('/quit and /exit end the console; here each line is one question or command.');
    const answer = line.kind === 'run' ? await answerLine(engine, line, now) : engine.ask(question, now);
    return args.json ? jsonLine(answerJson(question, answer)) : renderAnswer(answer, { now, color: io.color });
  };
  const engineFailure = (where: string, error: unknown): number => {
    if (error instanceof UsageProblem || error instanceof PoliteRefusal) {
      // The message quotes what was typed, which may hold escape sequences for the terminal.
      write(io.stderr, `ask: ${where}${sanitize(error.message)}`);
      return EXIT_USAGE;
    }
    write(io.stderr, `ask: ${where}the engine failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILURE;
  };

  if (args.mode === 'question') {
    try {
      write(io.stdout, await answerOne(args.question));
      return EXIT_OK;
    } catch (error) {
      return engineFailure('', error);
    }
  }

  let exitCode = EXIT_OK;
  let lineNumber = 0;
  let first = true;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    const question = line.trim();
    if (question === '') continue;
    try {
      const out = await answerOne(question);
      // JSON Lines stay one object per line; text answers span lines, so each gets its question and a gap.
      write(io.stdout, args.json ? out : `${first ? '' : '\n'}> ${sanitize(question)}\n${out}`);
      first = false;
    } catch (error) {
      exitCode = engineFailure(`line ${lineNumber}: `, error);
    }
  }
  return exitCode;
}
