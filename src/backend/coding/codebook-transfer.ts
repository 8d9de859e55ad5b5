import type { ValidParams } from '../../shared/contract';
import { basename } from 'node:path';
import { LEVEL_LABEL, type CodeLevel } from '../../core/codebook';
import type { CodeId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { CodebookImportReport } from '../../shared/features/coding-types';
import { codeRecord, createCode, listCodes, updateCode, type ProjectStore } from '../../storage';
import { findActiveOrNull } from './active-coder';
import { codebookToCsv, codebookToFile, parseCodebookCsv, parseCodebookJson, planImport } from './codebook-io';
import { CodebookIndex } from './codebook-index';
import { placeCode } from './codebook-ops';

/** The codebook as a JSON or CSV file's text. */
export function exportCodebook(store: ProjectStore, format: 'json' | 'csv'): string {
  const file = codebookToFile(listCodes(store.conn));
  return format === 'csv' ? codebookToCsv(file) : `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Merges a codebook file by name (per level, case-insensitive): creates what is missing, updates
 * definitions and colours the file gives, regroups codes the file places under another parent, and
 * never deletes. A code the file leaves in a tray keeps its current place. One undo step. Linear
 * in the size of the file and the codebook: names and colours come from one in-memory index, and
 * a new code is appended after its siblings instead of renumbering them.
 */
export function importCodebook(store: ProjectStore, input: ValidParams<'importCodebook'>): CodebookImportReport {
  const file = input.format === 'csv' ? parseCodebookCsv(input.content, input.source) : parseCodebookJson(input.content, input.source);
  const plan = planImport(file);
  const coderId = findActiveOrNull(store.conn);
  const counts = { created: 0, updated: 0, moved: 0 };
  store.mutate({ coderId, action: 'import-codebook', summary: `Import codebook from ${basename(input.source)}` }, (tx) => {
    const index = CodebookIndex.load(tx.conn);
    for (const item of plan) {
      const parentId = item.parentName === null ? null : requireParent(index, item.level, item.parentName);
      const existing = index.find(item.level, item.name);
      if (existing === null) {
        const colour = item.colour ?? index.colourFor(item.level, parentId);
        const id = createCode(tx, {
          level: item.level,
          name: item.name,
          parentId,
          definition: item.definition,
          colour,
          createdBy: coderId,
        });
        index.add({
          id,
          level: item.level,
          parentId,
          name: item.name.trim(),
          colour,
          definition: item.definition,
        });
        counts.created++;
        continue;
      }
      const before = tx.changes.length;
      const patch = {
        ...(item.definition !== '' ? { definition: item.definition } : {}),
        ...(item.colour !== undefined ? { colour: item.colour } : {}),
      };
      updateCode(tx, existing.id, patch);
      index.update(existing.id, patch);
      if (tx.changes.length > before) counts.updated++;
      if (parentId !== null && existing.parentId !== parentId) {
        const code = codeRecord(tx.conn, existing.id);
        if (code !== null) placeCode(tx, code, parentId);
        index.update(existing.id, { parentId });
        counts.moved++;
      }
    }
  });
  return counts;
}

function requireParent(index: CodebookIndex, level: CodeLevel, name: string): CodeId {
  const parentLevel: CodeLevel = level === 'concept' ? 'theme' : 'dimension';
  const found = index.find(parentLevel, name);
  if (found === null)
    throw new DomainError('file-invalid', `The codebook places a ${LEVEL_LABEL[level]} under “${name}”, which it does not define.`);
  return found.id;
}
