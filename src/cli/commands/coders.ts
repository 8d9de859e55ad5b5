import type { CoderImpact } from '../../shared/features/coding-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject, type ApiCall } from '../project-api';
import { coderNamed } from '../resolve';
import { projectArg } from './project-file';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

function impactLine(i: CoderImpact): string {
  return `${i.coder.name}: ${i.segments} segments, ${i.codings} codings in ${i.documents} documents, ${i.sessions} sessions`;
}

/** Every coder with what they have coded, for the listing. */
async function listing(call: ApiCall) {
  const summary = await call('getProjectSummary');
  const coders = await call('listCoders');
  return Promise.all(
    coders.map(async (c) => {
      const i = await call('getCoderImpact', { coderId: c.id });
      return { ...c, active: c.id === summary.activeCoderId, segments: i.segments, codings: i.codings, documents: i.documents };
    }),
  );
}

export const codersCommand = defineCommand({
  name: 'coders',
  summary: 'List, add, rename, recolour, activate or delete coders; blind mode',
  usage:
    'gioia coders FILE [--add NAME | --rename OLD NEW | --delete NAME [--reassign-to OTHER] [--yes] | --activate NAME] [--colour #RRGGBB] [--blind on|off] [--json]',
  description:
    'Without an action, lists the coders with their codings and marks the active one. --add creates a\n' +
    'coder (who may code nothing yet); --rename OLD NEW renames one; --colour sets the colour of the coder\n' +
    'added or renamed (or, alone with --coder NAME, of that coder). --delete shows what deleting a coder\n' +
    'would take (their segments and codings, their place in sessions) and does it only with --yes; with\n' +
    '--reassign-to OTHER the codings go to OTHER instead. The active coder cannot be deleted. --activate\n' +
    'makes a coder the one new codings are recorded for. --blind on shows every view the active coder’s\n' +
    'codings only. Every change is one undo step in the app.',
  options: {
    add: { type: 'string' },
    rename: { type: 'string' },
    delete: { type: 'string' },
    'reassign-to': { type: 'string' },
    yes: { type: 'boolean' },
    activate: { type: 'string' },
    coder: { type: 'string' },
    colour: { type: 'string' },
    blind: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    add: 'Create a coder with this name',
    rename: 'Rename this coder to NEW (the second argument)',
    delete: 'Delete this coder (with --yes)',
    'reassign-to': 'With --delete: give the deleted coder’s codings to this coder',
    yes: 'Confirm --delete',
    activate: 'Make this coder the active one',
    coder: 'With --colour alone: the coder to recolour',
    colour: 'A colour #RRGGBB for the coder added, renamed or named with --coder',
    blind: 'on: every view shows the active coder’s codings only; off: everyone’s',
    json: 'Print the result as JSON',
  },
  positionals: { min: 1, max: 2, names: ['FILE', 'NEW'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const text = (name: string) => (typeof ctx.options[name] === 'string' ? ctx.options[name] : undefined);
    const colour = text('colour');
    if (colour !== undefined && !COLOUR.test(colour)) throw usageError(`coders: --colour must be #RRGGBB, not "${colour}"`);
    const blind = text('blind');
    if (blind !== undefined && blind !== 'on' && blind !== 'off') throw usageError('coders: --blind must be on or off');
    const actions = ['add', 'rename', 'delete', 'activate'].filter((a) => text(a) !== undefined);
    if (actions.length > 1) throw usageError(`coders: give one of --${actions.join(', --')}`);
    const newName = ctx.positionals[1];
    if ((text('rename') !== undefined) !== (newName !== undefined)) throw usageError('coders: --rename OLD NEW needs both names');
    const result = await withProject(ctx, path, async (call) => {
      const coders = await call('listCoders');
      const add = text('add');
      const rename = text('rename');
      const remove = text('delete');
      const activate = text('activate');
      let message: string | null = null;
      let value: unknown = null;
      if (add !== undefined) {
        value = await call('createCoder', { name: add, ...(colour ? { colour } : {}) });
        message = `Added coder “${add.trim()}”`;
      } else if (rename !== undefined && newName !== undefined) {
        const coder = coderNamed(coders, rename);
        value = await call('updateCoder', { coderId: coder.id, name: newName, ...(colour ? { colour } : {}) });
        message = `Renamed “${coder.name}” to “${newName.trim()}”`;
      } else if (remove !== undefined) {
        const coder = coderNamed(coders, remove);
        const heirName = text('reassign-to');
        const heir = heirName === undefined ? undefined : coderNamed(coders, heirName);
        const impact = await call('getCoderImpact', { coderId: coder.id });
        if (ctx.options['yes'] !== true) {
          const fate = heir === undefined ? 'would be deleted' : `would go to ${heir.name}`;
          throw usageError(`coders: ${impactLine(impact)}; their codings ${fate}. Add --yes to delete ${coder.name}.`);
        }
        value = await call('deleteCoder', { coderId: coder.id, ...(heir ? { reassignTo: heir.id } : {}) });
        message = `Deleted coder ${impactLine(impact)}${heir ? ` (codings given to ${heir.name})` : ''}`;
      } else if (activate !== undefined) {
        value = await call('setActiveCoder', { coderId: coderNamed(coders, activate).id });
        message = `Active coder: ${coderNamed(coders, activate).name}`;
      } else if (colour !== undefined) {
        const name = text('coder');
        if (name === undefined) throw usageError('coders: --colour needs --add, --rename or --coder NAME');
        value = await call('updateCoder', { coderId: coderNamed(coders, name).id, colour });
        message = `Recoloured “${coderNamed(coders, name).name}”`;
      }
      if (blind !== undefined) {
        await call('setBlindMode', { on: blind === 'on' });
        message = [message, `Blind mode ${blind}`].filter((m) => m !== null).join('; ');
      }
      return { message, value, coders: await listing(call) };
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(result.message === null ? result.coders : { result: result.value, coders: result.coders }, null, 2));
      return;
    }
    if (result.message !== null) ctx.out(result.message);
    for (const c of result.coders) {
      ctx.out(
        `${c.active ? '*' : ' '} ${c.name.padEnd(24)} ${c.colour}  ${c.kind.padEnd(9)} ${c.codings} codings in ${c.documents} documents`,
      );
    }
  },
});
