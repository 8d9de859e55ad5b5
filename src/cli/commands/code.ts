import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { codeAtLevel, documentNamed, locateQuote } from '../resolve';
import { projectArg } from './project-file';

export const codeCommand = defineCommand({
  name: 'code',
  summary: 'Code an exact quotation of a document with a concept',
  usage: 'gioia code FILE --doc NAME --quote "exact words" [--occurrence N] --concept NAME [--coder NAME] [--json]',
  description:
    'Finds the exact words of --quote in the document named --doc and codes them with the 1st-order\n' +
    'concept --concept for --coder (the active coder when not given). A concept that does not exist yet\n' +
    'is created in the ungrouped tray; a coder that does not exist yet is created. A quote that occurs\n' +
    'more than once needs --occurrence N (1 = first); a quote that is not found, or is ambiguous, fails\n' +
    'with exit code 1 and says how many times it occurs. The coding (with a new concept) is one undo step.',
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
    const coderName = typeof ctx.options.coder === 'string' ? ctx.options.coder.trim() : undefined;
    const result = await withProject(ctx, path, async (call) => {
      const summary = await call('getProjectSummary');
      const doc = await call('getDocument', { documentId: documentNamed(await call('listDocuments'), input.document).id });
      const start = locateQuote(doc.text, input.quote, occurrence, doc.name);
      const coders = await call('listCoders');
      const existingCoder =
        coderName === undefined ? coders.find((c) => c.id === summary.activeCoderId) : coders.find((c) => c.name === coderName);
      const coder = existingCoder ?? (coderName === undefined ? undefined : await call('createCoder', { name: coderName }));
      const concept = codeAtLevel(await call('listCodes'), 'concept', input.concept);
      const coded = await call('codeSelection', {
        documentId: doc.id,
        start,
        end: start + input.quote.length,
        ...(concept === undefined ? { newConcept: { name: input.concept.trim() } } : { codeIds: [concept.id] }),
        ...(coder === undefined ? {} : { coderId: coder.id }),
      });
      return {
        document: doc.name,
        start: coded.segment.start,
        end: coded.segment.end,
        quote: coded.segment.quote,
        concept: concept?.name ?? input.concept.trim(),
        coder: coder?.name ?? '',
        createdConcept: concept === undefined,
        createdCoder: existingCoder === undefined,
      };
    });
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
