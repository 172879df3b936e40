import { rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { KnowledgeError } from '../knowledge/errors.js';
import { parseKnowledge } from '../knowledge/parse.js';
import { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles } from '../knowledge/read-files.js';
import { DEFAULT_SNAPSHOT_PATH, serializeSnapshot } from '../knowledge/snapshot.js';
import { DEFAULT_TERMS_SNAPSHOT_PATH, writeTermsSnapshot } from '../process/terms-snapshot.js';

/**
 * The last step of `npm run build`: writes the validated knowledge, and its analysed texts, next to
 * the built code. Broken knowledge does not fail the build (it is content, edited apart from the
 * code); it gets no snapshot, so start-up reads the YAML and reports the same problems there.
 */
function main(): number {
  rmSync(DEFAULT_SNAPSHOT_PATH, { force: true });
  rmSync(DEFAULT_TERMS_SNAPSHOT_PATH, { force: true });
  let files;
  try {
    files = readKnowledgeFiles(DEFAULT_KNOWLEDGE_DIR);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    process.stderr.write(`knowledge snapshot not written: ${err.message}\n`);
    return 0;
  }
  const result = parseKnowledge(files);
  if (!result.ok) {
    process.stderr.write(`knowledge snapshot not written: ${new KnowledgeError(result.problems).message}\nRun npm run knowledge:check after fixing it.\n`);
    return 0;
  }
  writeFileSync(DEFAULT_SNAPSHOT_PATH, serializeSnapshot(files, result.kb));
  process.stdout.write(`knowledge snapshot ${result.kb.version.hash} written to ${relative(process.cwd(), DEFAULT_SNAPSHOT_PATH)}\n`);
  const texts = writeTermsSnapshot(result.kb);
  process.stdout.write(`terms of ${texts} knowledge texts written to ${relative(process.cwd(), DEFAULT_TERMS_SNAPSHOT_PATH)}\n`);
  return 0;
}

process.exitCode = main();
