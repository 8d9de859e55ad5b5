import { codeQuote, withProjectFile } from '../../backend/coding/file-ops';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { forFile, projectArg, requireExistingFile } from './project-file';

export const codeCommand = defineCommand({
  name: 'code',
  summary: 'Code an exact quotation of a document with a concept',
  usage: 'gioia code FILE --doc NAME --quote "exact words" [--occurrence N] --concept NAME [--coder NAME] [--json]',
  description:
    'Finds the exact words of --quote in the document named --doc and codes them with the 1st-order\n' +
    'concept --concept for --coder (the active coder when not given). A concept that does not exist yet\n' +
    'is created in the ungrouped tray; a coder that does not exist yet is created. A quote that occurs\n' +
    'more than once needs --occurrence N (1 = first); a quote that is not found, or is ambiguous, fails\n' +
    'with exit code 1 and says how many times it occurs. The whole change is one undo step in the app.',
  options: {
    doc: { type: 'string' },
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    concept: { type: 'string' },
    coder: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    doc: 'Name of the document (exactly as listed in the app)',
    quote: 'The exact words to code, as they appear in the transcript',
    occurrence: 'Which occurrence to code when the quote occurs more than once (1 = first)',
    concept: 'The 1st-order concept to apply (created when missing)',
    coder: 'Record the coding for this coder (created when missing)',
    json: 'Print the coded range as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const need = (name: string): string => {
      const value = ctx.options[name];
      if (typeof value !== 'string' || value.trim() === '') throw usageError(`code: --${name} is required`);
      return value;
    };
    const input = { document: need('doc'), quote: need('quote'), concept: need('concept') };
    const occurrenceText = ctx.options.occurrence;
    let occurrence: number | undefined;
    if (typeof occurrenceText === 'string') {
      occurrence = Number(occurrenceText);
      if (!Number.isInteger(occurrence) || occurrence < 1)
        throw usageError(`code: --occurrence must be a whole number from 1, not "${occurrenceText}"`);
    }
    const coder = typeof ctx.options.coder === 'string' ? ctx.options.coder : undefined;
    requireExistingFile(path);
    const result = await forFile(path, () => withProjectFile(path, (store) => codeQuote(store, { ...input, occurrence, coder })));
    if (ctx.json) {
      ctx.out(JSON.stringify(result));
      return;
    }
    const created = [
      result.createdConcept ? `new concept “${result.concept}”` : '',
      result.createdCoder ? `new coder “${result.coder}”` : '',
    ]
      .filter((s) => s !== '')
      .join(', ');
    ctx.out(
      `Coded “${result.quote}” in “${result.document}” (${result.start}–${result.end}) with “${result.concept}” for ${result.coder}` +
        (created === '' ? '' : ` (${created})`),
    );
  },
});
