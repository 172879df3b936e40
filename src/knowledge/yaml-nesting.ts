import { CST, Parser } from 'yaml';

/**
 * The line of the first collection nested deeper than `max`, or null. The yaml library builds
 * documents recursively, so a file of ten thousand `[` can exhaust the stack (or worse) while it
 * is composed; its syntax tree is built without recursion, and is walked here the same way.
 */
export function tooDeeplyNestedAt(text: string, max: number): number | null {
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document' || token.value === undefined) continue;
    const stack: [CST.Token, number][] = [[token.value, 0]];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const [node, depth] = next;
      if (!CST.isCollection(node)) continue;
      if (depth + 1 > max) return lineAt(text, node.offset);
      for (const item of node.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return null;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
