import type { ReactNode } from 'react';
import type { TrailTimeline } from '../../../shared/features/trail-types';
import { number } from '../../messages';
import { msg } from '../../messages';

/** Work per day and per document, from the log: what the timeline is made of. */
export function ActivityTables({ timeline, onGo }: { timeline: TrailTimeline; onGo: (seq: number) => void }) {
  const go = (seq: number, label: string) => (
    <button type="button" className="link-button" onClick={() => onGo(seq)}>
      {label}
    </button>
  );
  return (
    <>
      <TrailSection
        title={msg.trail.workPerDay}
        columns={[msg.trail.day, msg.trail.changes, msg.trail.newConcepts, msg.trail.codingsAdded, msg.trail.codingsRemoved]}
        rows={timeline.days.map((d) => ({
          key: d.day,
          cells: [go(d.lastSeq, d.day), number(d.events), number(d.conceptsCreated), number(d.codingsAdded), number(d.codingsRemoved)],
        }))}
      />
      <TrailSection
        title={msg.trail.workPerDocument}
        columns={[msg.trail.document, msg.trail.firstCoded, msg.trail.codingsAdded, msg.trail.codingsRemoved]}
        rows={timeline.documents.map((d) => ({
          key: d.documentId,
          cells: [
            d.name,
            d.firstCodedSeq === null ? msg.trail.notCoded : go(d.firstCodedSeq, `#${number(d.firstCodedSeq)}`),
            number(d.codingsAdded),
            number(d.codingsRemoved),
          ],
        }))}
      />
    </>
  );
}

/** One folded table of the trail: a summary line, a header row, and a row per day or document. */
function TrailSection({
  title,
  columns,
  rows,
}: {
  title: string;
  columns: readonly string[];
  rows: readonly { readonly key: string; readonly cells: readonly ReactNode[] }[];
}) {
  return (
    <details className="trail-section">
      <summary>{title}</summary>
      <table className="trail-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
