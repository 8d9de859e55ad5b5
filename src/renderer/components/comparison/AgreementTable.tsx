import type { AgreementResult, AgreementRow, StatCell } from '../../../shared/features/comparison-types';
import { number } from '../../messages';
import { band, formatStat } from './scale';

const COLUMNS: ReadonlyArray<readonly [string, string, (r: AgreementRow) => StatCell]> = [
  ['Agreement', 'Percent agreement (proportion of units)', (r) => r.percent],
  ['κ', 'Cohen’s kappa', (r) => r.kappa],
  ['κ BP', 'Brennan–Prediger kappa', (r) => r.brennanPrediger],
  ['α', 'Krippendorff’s alpha (nominal, characters as units)', (r) => r.alpha],
  ['α_u', 'Krippendorff’s unitized alpha', (r) => r.alphaU],
];

function StatTd({ cell }: { cell: StatCell }) {
  // An undefined value says why, in its tooltip and to screen readers.
  return (
    <td className={`stat ${band(cell)}`} title={cell.kind === 'undefined' ? cell.message : undefined}>
      {formatStat(cell)}
      {cell.kind === 'undefined' && <span className="visually-hidden">: {cell.message}</span>}
    </td>
  );
}

/** Code presence per document: the same coefficients with each compared document as one unit. */
const PRESENCE: ReadonlyArray<readonly [string, string, (r: AgreementRow) => StatCell | null]> = [
  [
    'Docs %',
    'Code presence: share of compared documents where both coders did or both did not apply the code',
    (r) => r.presence?.percent ?? null,
  ],
  ['Docs κ', 'Code presence: Cohen’s kappa over the compared documents', (r) => r.presence?.kappa ?? null],
];

function PresenceTd({ cell }: { cell: StatCell | null }) {
  return cell === null ? <td className="stat">–</td> : <StatTd cell={cell} />;
}

function count(n: number | null): string {
  return n === null ? '–' : number(n);
}

interface Props {
  readonly result: AgreementResult;
  readonly selected: string | null;
  readonly onSelect: (codeId: string) => void;
}

/** One row per code with the coefficients colour-banded and the counts behind them; the last row pools all codes. */
export function AgreementTable({ result, selected, onSelect }: Props) {
  const units = result.parameters.unit === 'char' ? 'characters' : 'segments';
  const byCode = result.parameters.by === 'code';
  return (
    <table className="agreement-table" aria-label="Agreement per code">
      <thead>
        <tr>
          <th scope="col">Code</th>
          {COLUMNS.map(([label, title]) => (
            <th key={label} scope="col" title={title}>
              {label}
            </th>
          ))}
          {byCode &&
            PRESENCE.map(([label, title]) => (
              <th key={label} scope="col" title={title} className="presence">
                {label}
              </th>
            ))}
          {result.coders.map((c) => (
            <th key={c.id} scope="col" title={`Segments coded by ${c.name}`}>
              {c.name.split(' ')[0]}
            </th>
          ))}
          <th scope="col" title={`Agreeing ${units}`}>
            Agree
          </th>
          <th scope="col" title={`Disagreeing ${units}`}>
            Disagree
          </th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((r) => (
          <tr key={r.key} aria-selected={r.key === selected} onClick={() => onSelect(r.key)}>
            <th scope="row">
              <button type="button" className="row-open" onClick={() => onSelect(r.key)}>
                {r.label}
              </button>
            </th>
            {COLUMNS.map(([label, , pick]) => (
              <StatTd key={label} cell={pick(r)} />
            ))}
            {byCode && PRESENCE.map(([label, , pick]) => <PresenceTd key={label} cell={pick(r)} />)}
            {r.counts.segmentsByCoder.map((n, i) => (
              <td key={i}>{count(n)}</td>
            ))}
            <td>{count(r.counts.agreements)}</td>
            <td>{count(r.counts.disagreements)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{result.overall.label}</th>
          {COLUMNS.map(([label, , pick]) => (
            <StatTd key={label} cell={pick(result.overall)} />
          ))}
          {byCode && PRESENCE.map(([label]) => <PresenceTd key={label} cell={null} />)}
          {result.overall.counts.segmentsByCoder.map((n, i) => (
            <td key={i}>{count(n)}</td>
          ))}
          <td>{count(result.overall.counts.agreements)}</td>
          <td>{count(result.overall.counts.disagreements)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
