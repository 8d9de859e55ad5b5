import { basename } from 'node:path';
import { LEVEL_LABEL, type CodeLevel } from '../../core/codebook';
import type { CodeId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { CodebookImportReport } from '../../shared/features/coding-types';
import { codeRecord, createCode, findCodeByName, listCodes, updateCode, type ProjectStore, type Tx } from '../../storage';
import { findActiveOrNull } from './active-coder';
import { codebookToCsv, codebookToFile, parseCodebookCsv, parseCodebookJson, planImport } from './codebook-io';
import { placeCode } from './codebook-ops';
import { defaultColour } from './colours';

/** The codebook as a JSON or CSV file's text. */
export function exportCodebook(store: ProjectStore, format: 'json' | 'csv'): string {
  const file = codebookToFile(listCodes(store.conn));
  return format === 'csv' ? codebookToCsv(file) : `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Merges a codebook file by name (per level, case-insensitive): creates what is missing, updates
 * definitions and colours the file gives, regroups codes the file places under another parent, and
 * never deletes. A code the file leaves in a tray keeps its current place. One undo step.
 */
export function importCodebook(
  store: ProjectStore,
  input: { readonly format: 'json' | 'csv'; readonly content: string; readonly source: string },
): CodebookImportReport {
  const file = input.format === 'csv' ? parseCodebookCsv(input.content, input.source) : parseCodebookJson(input.content, input.source);
  const plan = planImport(file);
  const coderId = findActiveOrNull(store.conn);
  const counts = { created: 0, updated: 0, moved: 0 };
  store.mutate({ coderId, action: 'import-codebook', summary: `Import codebook from ${basename(input.source)}` }, (tx) => {
    for (const item of plan) {
      const parentId = item.parentName === null ? null : requireParent(tx, item.level, item.parentName);
      const existing = findCodeByName(tx.conn, item.level, item.name);
      if (existing === null) {
        createCode(tx, {
          level: item.level,
          name: item.name,
          parentId: parentId as CodeId | null,
          definition: item.definition,
          colour: item.colour ?? defaultColour(tx.conn, item.level, parentId),
          createdBy: coderId,
        });
        counts.created++;
        continue;
      }
      const before = tx.changes.length;
      updateCode(tx, existing.id, {
        ...(item.definition !== '' ? { definition: item.definition } : {}),
        ...(item.colour !== undefined ? { colour: item.colour } : {}),
      });
      if (tx.changes.length > before) counts.updated++;
      if (parentId !== null && existing.parentId !== parentId) {
        const code = codeRecord(tx.conn, existing.id);
        if (code !== null) placeCode(tx, code, parentId);
        counts.moved++;
      }
    }
  });
  return counts;
}

function requireParent(tx: Tx, level: CodeLevel, name: string): string {
  const parentLevel: CodeLevel = level === 'concept' ? 'theme' : 'dimension';
  const found = findCodeByName(tx.conn, parentLevel, name);
  if (found === null)
    throw new DomainError('file-invalid', `The codebook places a ${LEVEL_LABEL[level]} under “${name}”, which it does not define.`);
  return found.id;
}
