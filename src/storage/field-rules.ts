import { DomainError } from '../core/result';
import { ruleProblem, shownName, type StringRule } from '../core/text-rules';
import type { Row } from './conn';
import type { TableName } from './tx';

interface Field {
  readonly rule: StringRule;
  /** What the column holds, for the message: "the code name …". */
  readonly label: string;
}

/**
 * Which rule of core/text-rules each stored string column obeys. `Tx` checks every row it writes
 * against this table, so no write path — UI, CLI, importer or merge — can store a string that
 * breaks its rule, whatever the caller forgot to check.
 */
const FIELDS: Partial<Record<TableName, Readonly<Record<string, Field>>>> = {
  project: { name: { rule: 'name', label: 'project name' }, description: { rule: 'text', label: 'project description' } },
  coders: { name: { rule: 'name', label: 'coder name' } },
  documents: { name: { rule: 'name', label: 'document name' }, source_name: { rule: 'value', label: 'source file name' } },
  attribute_defs: { name: { rule: 'name', label: 'attribute name' } },
  document_attributes: { name: { rule: 'name', label: 'attribute name' }, value: { rule: 'value', label: 'attribute value' } },
  turns: { speaker: { rule: 'name', label: 'speaker name' } },
  codes: { name: { rule: 'name', label: 'code name' }, definition: { rule: 'text', label: 'code definition' } },
  segments: { quote: { rule: 'text', label: 'quote' } },
  memos: {
    title: { rule: 'value', label: 'memo title' },
    body_text: { rule: 'text', label: 'memo text' },
    description: { rule: 'text', label: 'memo description' },
  },
  sessions: { name: { rule: 'name', label: 'session name' } },
  sets: { name: { rule: 'name', label: 'set name' }, description: { rule: 'text', label: 'set description' } },
  cases: { name: { rule: 'name', label: 'case name' } },
  case_values: { value: { rule: 'value', label: 'case attribute value' } },
  relations: { name: { rule: 'value', label: 'relation name' } },
  code_origins: { name: { rule: 'name', label: 'original code name' } },
  milestones: { name: { rule: 'name', label: 'milestone name' } },
  media: { path: { rule: 'value', label: 'recording path' }, file_name: { rule: 'name', label: 'recording file name' } },
};

/** Throws `invalid-arguments` naming the field and the problem when a string column breaks its rule. */
export function checkRow(table: TableName, row: Row): void {
  const fields = FIELDS[table];
  if (fields === undefined) return;
  for (const [column, value] of Object.entries(row)) {
    const field = fields[column];
    if (field === undefined || typeof value !== 'string') continue;
    const problem = ruleProblem(field.rule, value);
    if (problem !== null) throw refusal(field, value, problem);
  }
}

/** `checkRow` for rows given as value arrays in `columns` order. */
export function checkRows(table: TableName, columns: readonly string[], rows: readonly (readonly unknown[])[]): void {
  const fields = FIELDS[table];
  if (fields === undefined) return;
  for (const [i, column] of columns.entries()) {
    const field = fields[column];
    if (field === undefined) continue;
    for (const row of rows) {
      const value = row[i];
      if (typeof value !== 'string') continue;
      const problem = ruleProblem(field.rule, value);
      if (problem !== null) throw refusal(field, value, problem);
    }
  }
}

export function checkText(body: string, label = 'document text'): void {
  const problem = ruleProblem('text', body);
  if (problem !== null) throw new DomainError('invalid-arguments', `The ${label} ${problem}.`);
}

function refusal(field: Field, value: string, problem: string): DomainError {
  const shown = field.rule === 'text' || value.trim() === '' ? '' : ` “${shownName(value)}”`;
  return new DomainError('invalid-arguments', `The ${field.label}${shown} ${problem}.`, { field: field.label });
}
