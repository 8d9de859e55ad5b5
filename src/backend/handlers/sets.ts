import type { FeatureHandlers } from '../../shared/api';
import type { SETS_CHANNELS } from '../../shared/features/sets-channels';
import { listCases, listSets } from '../../storage';
import { changeCaseMembers, createCase, deleteCase, setCaseValue, updateCase } from '../sets/case-ops';
import { createRelation, deleteRelation, listRelations } from '../sets/relation-ops';
import { changeSetMembers, createSet, deleteSet, updateSet } from '../sets/set-ops';
import type { HandlerContext } from './context';

/** Sets, cases and relations. */
export function setsHandlers(ctx: HandlerContext): FeatureHandlers<typeof SETS_CHANNELS> {
  const store = () => ctx.session.require();
  return {
    listSets: () => listSets(store().conn),
    createSet: (input) => createSet(store(), input),
    updateSet: (input) => updateSet(store(), input),
    deleteSet: ({ setId }) => deleteSet(store(), setId),
    changeSetMembers: (input) => changeSetMembers(store(), input),
    listCases: () => listCases(store().conn),
    createCase: (input) => createCase(store(), input),
    updateCase: (input) => updateCase(store(), input),
    deleteCase: ({ caseId }) => deleteCase(store(), caseId),
    changeCaseMembers: (input) => changeCaseMembers(store(), input),
    setCaseValue: (input) => setCaseValue(store(), input),
    listRelations: ({ touching }) => listRelations(store(), touching),
    createRelation: (input) => createRelation(store(), input),
    deleteRelation: ({ relationId }) => deleteRelation(store(), relationId),
  };
}
