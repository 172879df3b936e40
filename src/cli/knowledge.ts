import { runKnowledgeCommand } from './knowledge-command.js';

process.exitCode = runKnowledgeCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
