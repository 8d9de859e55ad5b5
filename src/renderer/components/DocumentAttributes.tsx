import type { DocumentId } from '../../core/ids';

interface Props {
  readonly documentId: DocumentId;
  readonly attributes: Readonly<Record<string, string>>;
}

/** A document's attributes (phase, firm, role, …) shown in the transcript header. */
export function DocumentAttributes({ attributes }: Props) {
  const entries = Object.entries(attributes);
  if (entries.length === 0) return null;
  return (
    <dl className="attributes" aria-label="Document attributes">
      {entries.map(([key, value]) => (
        <div key={key} className="attribute">
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
