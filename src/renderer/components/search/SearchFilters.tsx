import type { CodeId, DocumentId } from '../../../core/ids';
import { SPEAKER_ROLES, type SpeakerRole } from '../../../core/speaker-roles';
import type { Params } from '../../../shared/contract';
import type { CodeRow } from '../../../shared/types';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';

/** One choice per filter (all when empty); the backend takes lists, the panel offers the usual single pick. */
export interface FilterState {
  readonly documentId: DocumentId | '';
  readonly speaker: string;
  readonly role: SpeakerRole | '';
  readonly attribute: string;
  readonly value: string;
  readonly codeId: CodeId | '';
}

export const NO_FILTERS: FilterState = { documentId: '', speaker: '', role: '', attribute: '', value: '', codeId: '' };

type SearchParams = Params<'searchText'>;

/** The filters as `searchText` and `codeSearchHits` take them. */
export function filterParams(f: FilterState, exact: boolean): Omit<SearchParams, 'query' | 'limit'> {
  return {
    exact,
    ...(f.documentId === '' ? {} : { documentIds: [f.documentId] }),
    ...(f.speaker === '' ? {} : { speakers: [f.speaker] }),
    ...(f.role === '' ? {} : { roles: [f.role] }),
    ...(f.attribute === '' || f.value === '' ? {} : { attributes: [{ name: f.attribute, values: [f.value] }] }),
    ...(f.codeId === '' ? {} : { codeIds: [f.codeId] }),
  };
}

interface Props {
  readonly filters: FilterState;
  readonly onChange: (filters: FilterState) => void;
  readonly codes: readonly CodeRow[];
  readonly generation: number;
}

/** Narrows search to a document, a speaker, a role, an attribute value or the inside of a code's codings. */
export function SearchFilters({ filters, onChange, codes, generation }: Props) {
  const r = msg.retrieval;
  const documents = readyValue(useApiQuery('listDocuments', {}, generation)) ?? [];
  const speakers = readyValue(useApiQuery('listSpeakers', {}, generation)) ?? [];
  const attributes = readyValue(useApiQuery('listAttributes', {}, generation)) ?? [];
  const values = attributes.find((a) => a.name === filters.attribute)?.values ?? [];
  const set = (patch: Partial<FilterState>) => onChange({ ...filters, ...patch });
  const any = Object.values(filters).some((v) => v !== '');
  return (
    <fieldset className="search-filters" aria-label={r.filters}>
      <select
        aria-label={r.filterDocument}
        value={filters.documentId}
        onChange={(e) => set({ documentId: documents.find((d) => d.id === e.target.value)?.id ?? '' })}
      >
        <option value="">{r.anyDocument}</option>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <select aria-label={r.filterSpeaker} value={filters.speaker} onChange={(e) => set({ speaker: e.target.value })}>
        <option value="">{r.anySpeaker}</option>
        {speakers.map((s) => (
          <option key={s.speaker} value={s.speaker}>
            {s.speaker}
          </option>
        ))}
      </select>
      <select aria-label={r.filterRole} value={filters.role} onChange={(e) => set({ role: e.target.value as SpeakerRole | '' })}>
        <option value="">{r.anyRole}</option>
        {SPEAKER_ROLES.map((role) => (
          <option key={role} value={role}>
            {msg.importing.roles[role]}
          </option>
        ))}
      </select>
      <select
        aria-label={r.filterCode}
        value={filters.codeId}
        onChange={(e) => set({ codeId: codes.find((c) => c.id === e.target.value)?.id ?? '' })}
      >
        <option value="">{r.anyCode}</option>
        {codes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <select aria-label={r.filterAttribute} value={filters.attribute} onChange={(e) => set({ attribute: e.target.value, value: '' })}>
        <option value="">{r.anyAttribute}</option>
        {attributes.map((a) => (
          <option key={a.name} value={a.name}>
            {a.name}
          </option>
        ))}
      </select>
      <select
        aria-label={r.filterValue}
        value={filters.value}
        disabled={filters.attribute === ''}
        onChange={(e) => set({ value: e.target.value })}
      >
        <option value="">{r.anyValue}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
      {any && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {r.clearFilters}
        </button>
      )}
    </fieldset>
  );
}
