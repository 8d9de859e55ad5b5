import { DomainError } from '../../core/result';
import type { Milestone } from '../../shared/features/trail-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { projectArg } from './project-file';

function named(milestones: readonly Milestone[], name: string): Milestone {
  const found = milestones.find((m) => m.name === name.trim());
  if (found === undefined) throw new DomainError('not-found', `No milestone named “${name}”.`);
  return found;
}

export const milestonesCommand = defineCommand({
  name: 'milestones',
  summary: 'List, set, rename or delete named points of the analysis ("after round 1")',
  usage: 'gioia milestones FILE [--add NAME [--at SEQ] | --rename NAME --to NEW | --delete NAME] [--json]',
  description:
    'A milestone names a point of the event log: the state after one recorded change. --add names the\n' +
    'latest change (or the change numbered --at, as `gioia milestones --json` and the app show them).\n' +
    'The methods-section report (`gioia trail`) counts and draws the structure at each. Each change is\n' +
    'one undo step.',
  options: {
    json: { type: 'boolean' },
    add: { type: 'string' },
    at: { type: 'string' },
    rename: { type: 'string' },
    to: { type: 'string' },
    delete: { type: 'string' },
  },
  optionHelp: {
    json: 'Print the milestones as JSON',
    add: 'Set a milestone with this name',
    at: 'The change (event number) the new milestone follows; default the latest',
    rename: 'The milestone to rename (with --to)',
    to: 'Its new name',
    delete: 'Delete this milestone (the history is unchanged)',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const opt = (name: string) => (typeof ctx.options[name] === 'string' ? ctx.options[name] : undefined);
    const [add, rename, remove, at, to] = [opt('add'), opt('rename'), opt('delete'), opt('at'), opt('to')];
    if ([add, rename, remove].filter((x) => x !== undefined).length > 1)
      throw usageError('milestones: give one of --add, --rename or --delete');
    if (rename !== undefined && to === undefined) throw usageError('milestones: --rename needs --to NEW');
    const seq = at === undefined ? undefined : Number(at);
    if (seq !== undefined && (!Number.isInteger(seq) || seq < 0)) throw usageError('--at must be an event number (a whole number)');
    if (at !== undefined && add === undefined) throw usageError('milestones: --at goes with --add');
    const path = projectArg(ctx.positionals[0] ?? '');
    const list = await withProject(ctx, path, async (call) => {
      const existing = (await call('getTrailTimeline', {})).milestones;
      if (add !== undefined) await call('createMilestone', { name: add, ...(seq === undefined ? {} : { seq }) });
      else if (rename !== undefined) await call('renameMilestone', { milestoneId: named(existing, rename).id, name: to ?? '' });
      else if (remove !== undefined) await call('deleteMilestone', { milestoneId: named(existing, remove).id });
      return (await call('getTrailTimeline', {})).milestones;
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(list, null, 2));
      return;
    }
    if (list.length === 0) ctx.out('No milestones.');
    for (const m of list) ctx.out(`#${m.seq}  ${m.name}  (${m.createdAt.slice(0, 16).replace('T', ' ')})`);
  },
});
