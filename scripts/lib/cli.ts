/** What every command shares: one clear sentence and exit code 1 for a mistake, a stack trace only for a bug. */
import { UserError } from '../../src/lib/office/files.ts';

export { UserError };

/** Runs a command's main function, turning a UserError into one line on stderr and exit code 1. */
export async function run(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
