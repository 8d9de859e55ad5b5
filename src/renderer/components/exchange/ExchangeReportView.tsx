import type { ExchangeReport } from '../../../shared/features/exchange-types';
import { msg } from '../../messages';
import '../sets/sets.css';

const PARTS = [
  ['kept', msg.sets.reportKept],
  ['mapped', msg.sets.reportMapped],
  ['skipped', msg.sets.reportSkipped],
] as const;

/** What a REFI-QDA import or export kept as it was, mapped to another form, and skipped, each under its heading. */
export function ExchangeReportView({ report, file }: { report: ExchangeReport; file: string }) {
  return (
    <div className="exchange-report">
      {PARTS.map(([part, heading]) =>
        report[part].length === 0 ? null : (
          <section key={part} className={`report-${part}`}>
            <h4>{heading}</h4>
            <ul aria-label={msg.sets.reportOf(file, heading)}>
              {report[part].map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
