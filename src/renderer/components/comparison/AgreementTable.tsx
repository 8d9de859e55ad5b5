import type { AgreementResult, AgreementRow, StatCell } from '../../../shared/features/comparison-types';
import { msg, number } from '../../messages';
import { band, formatStat } from './scale';

const t = msg.compare.table;

const COLUMNS: ReadonlyArray<readonly [string, string, (r: AgreementRow) => StatCell]> = [
  [...t.agreement, (r) => r.percent],
  [...t.kappa, (r) => r.kappa],
  [...t.brennanPrediger, (r) => r.brennanPrediger],
  [...t.alpha, (r) => r.alpha],
  [...t.alphaU, (r) => r.alphaU],
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
  [...t.presencePercent, (r) => r.presence?.percent ?? null],
  [...t.presenceKappa, (r) => r.presence?.kappa ?? null],
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
  const unit = result.parameters.unit;
  const byCode = result.parameters.by === 'code';
  return (
    <table className="agreement-table" aria-label={t.label}>
      <thead>
        <tr>
          <th scope="col">{t.code}</th>
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
            <th key={c.id} scope="col" title={t.codedBy(c.name)}>
              {c.name.split(' ')[0]}
            </th>
          ))}
          <th scope="col" title={t.agreeing(unit)}>
            {t.agree}
          </th>
          <th scope="col" title={t.disagreeing(unit)}>
            {t.disagree}
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
