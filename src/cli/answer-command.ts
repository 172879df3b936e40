import type { Answer } from '../engine/answer.js';
import type { Engine } from '../engine/engine-api.js';
import type { Command } from './parse-command.js';

/** Commands the engine answers; the rest (quit, empty, invalid) the console handles itself. */
export type EngineCommand = Exclude<Command, { kind: 'quit' | 'empty' | 'invalid' }>;

export function answerCommand(engine: Engine, command: EngineCommand, now: Date): Answer {
  switch (command.kind) {
    case 'ask':
      return engine.ask(command.question, now);
    case 'deadline':
      return engine.deadline(now);
    case 'minerals':
      return engine.minerals(command.name, now);
    case 'agencies':
      return engine.agencies(command.name, now);
    case 'timeline':
      return engine.timeline(now);
    case 'glossary':
      return engine.glossary(command.term, now);
    case 'sources':
      return engine.sources(now);
    case 'help':
      return engine.help(now);
  }
}
