/** What one console line asks for. Parsing is pure so every odd input can be tested without I/O. */
export type Command =
  | { kind: 'ask'; question: string }
  | { kind: 'deadline' }
  | { kind: 'minerals'; name: string | undefined }
  | { kind: 'agencies'; name: string | undefined }
  | { kind: 'timeline' }
  | { kind: 'glossary'; term: string }
  | { kind: 'sources' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'empty' }
  /** Something the user typed wrong; `message` is shown as is. */
  | { kind: 'invalid'; message: string };

export const COMMAND_LIST =
  '/ask <question>, /deadline, /minerals [name], /agencies [name], /timeline, /glossary <term>, /sources, /help, /quit';

/** Echoing a whole mistyped line would flood the screen; the first characters identify it. */
const MAX_ECHOED_NAME = 30;

function usage(syntax: string, example: string): Command {
  return { kind: 'invalid', message: `Usage: ${syntax} (for example: ${example})` };
}

function unknown(name: string): Command {
  const shown = name.length > MAX_ECHOED_NAME ? `${name.slice(0, MAX_ECHOED_NAME)}…` : name;
  const what = shown === '' ? 'A command needs a name after the slash.' : `Sorry, there is no command "/${shown}".`;
  return {
    kind: 'invalid',
    message: `${what} Type a question without a slash, or use one of: ${COMMAND_LIST}`,
  };
}

export function parseCommand(line: string): Command {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'ask', question: text };

  const space = text.indexOf(' ');
  const name = (space === -1 ? text.slice(1) : text.slice(1, space)).toLowerCase();
  const rest = space === -1 ? '' : text.slice(space + 1).trim();
  const optional = rest === '' ? undefined : rest;

  switch (name) {
    case 'ask':
      return rest === '' ? usage('/ask <question>', '/ask when does the negotiation window end?') : { kind: 'ask', question: rest };
    case 'deadline':
      return { kind: 'deadline' };
    case 'minerals':
      return { kind: 'minerals', name: optional };
    case 'agencies':
      return { kind: 'agencies', name: optional };
    case 'timeline':
      return { kind: 'timeline' };
    case 'glossary':
      return rest === '' ? usage('/glossary <term>', '/glossary Section 232') : { kind: 'glossary', term: rest };
    case 'sources':
      return { kind: 'sources' };
    case 'help':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      return unknown(name);
  }
}
