// seeds/ → content/: the command behind `npm run ingest`. `--check` only reports whether
// content/ is up to date (and checks every staff file); `--accept-loss <seed>` takes a seed that
// lost half its plan on purpose. All logic is in src/ingest; the disk is in ingest-io.ts.
import { runIngest } from '../src/ingest/run-ingest.ts';
import { fileIngestIO } from './ingest-io.ts';

/** The seeds named after `--accept-loss` (as `003_x.txt` or `seeds/003_x.txt`). */
function acceptedLoss(args: string[]): string[] {
  return args.flatMap((a, i) => (args[i - 1] === '--accept-loss' ? [a.replace(/^seeds\//u, '')] : []));
}

const check = process.argv.includes('--check');
const result = runIngest(fileIngestIO((line) => console.log(line)), { check, acceptLoss: acceptedLoss(process.argv.slice(2)) });
// Writing, a refused seed does not stop the build of the others (its old content stays), but a
// staff file that no longer applies does (the site would show what it corrects uncorrected); the
// check fails on anything, so staff see it.
process.exitCode = check ? (result.ok ? 0 : 1) : result.plans > 0 && result.staffErrors === 0 ? 0 : 1;
