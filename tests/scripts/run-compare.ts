/** Runs the research CLI in-process, quietly, and collects what it printed. */
import { main } from '../../scripts/compare';

export async function runCompare(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--quiet'], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
