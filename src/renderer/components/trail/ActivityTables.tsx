import type { TrailTimeline } from '../../../shared/features/trail-types';
import { number } from '../../messages';
import { msg } from '../../messages';

/** Work per day and per document, from the log: what the timeline is made of. */
export function ActivityTables({ timeline, onGo }: { timeline: TrailTimeline; onGo: (seq: number) => void }) {
  return (
    <>
      <details className="trail-section">
        <summary>{msg.trail.workPerDay}</summary>
        <table className="trail-table">
          <thead>
            <tr>
              <th>{msg.trail.day}</th>
              <th>{msg.trail.changes}</th>
              <th>{msg.trail.newConcepts}</th>
              <th>{msg.trail.codingsAdded}</th>
              <th>{msg.trail.codingsRemoved}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.days.map((d) => (
              <tr key={d.day}>
                <td>
                  <button type="button" className="link-button" onClick={() => onGo(d.lastSeq)}>
                    {d.day}
                  </button>
                </td>
                <td>{number(d.events)}</td>
                <td>{number(d.conceptsCreated)}</td>
                <td>{number(d.codingsAdded)}</td>
                <td>{number(d.codingsRemoved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details className="trail-section">
        <summary>{msg.trail.workPerDocument}</summary>
        <table className="trail-table">
          <thead>
            <tr>
              <th>{msg.trail.document}</th>
              <th>{msg.trail.firstCoded}</th>
              <th>{msg.trail.codingsAdded}</th>
              <th>{msg.trail.codingsRemoved}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.documents.map((d) => (
              <tr key={d.documentId}>
                <td>{d.name}</td>
                <td>
                  {d.firstCodedSeq === null ? (
                    msg.trail.notCoded
                  ) : (
                    <button type="button" className="link-button" onClick={() => onGo(d.firstCodedSeq ?? 0)}>
                      #{number(d.firstCodedSeq)}
                    </button>
                  )}
                </td>
                <td>{number(d.codingsAdded)}</td>
                <td>{number(d.codingsRemoved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
