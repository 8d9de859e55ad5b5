import type { AgreementResult } from '../../../shared/features/comparison-types';
import { msg } from '../../messages';

/** Which documents the statistics stand on and why the others are not in them, always in view. */
export function DocumentsUsed({ result }: { result: AgreementResult }) {
  const left = result.excludedDocuments;
  return (
    <div className="compare-documents" aria-label={msg.compare.documents}>
      <span>{result.documents.length === 0 ? msg.compare.noneCompared : msg.compare.compared(result.documents.map((d) => d.name))}</span>
      {left.length > 0 && (
        <details>
          <summary>{msg.compare.leftOut(left.length)}</summary>
          <ul>
            {left.map((d) => (
              <li key={d.id}>{msg.compare.leftOutReason(d.name, d.reason)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
