import { useMemo, useState } from 'react';
import type { Disagreement, Resolution } from '../../shared/features/comparison-types';
import { call } from '../lib/api';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { QueryStatus } from '../components/ui/QueryStatus';
import { AgreementControls, type CompareSettings } from '../components/comparison/AgreementControls';
import { AgreementTable } from '../components/comparison/AgreementTable';
import { DisagreementReview } from '../components/comparison/DisagreementReview';
import { ReportExport } from '../components/comparison/ReportExport';
import { DocumentsUsed } from '../components/comparison/DocumentsUsed';
import { TeamActions } from '../components/team/TeamActions';
import { resolveScope, scopeParams } from '../components/comparison/compare-scope';
import '../components/comparison/comparison.css';
import type { ViewContext } from './view-context';
import { errorMessage } from '../../core/result';
import { msg } from '../messages';
import { useWorkspace } from '../state/workspace';

/** The chosen ids narrowed to a set's members: the set's members when nothing is chosen, else both. */
function withinSet(chosen: readonly string[] | null, members: readonly string[] | undefined): string[] | null {
  if (members === undefined) return chosen === null ? null : [...chosen];
  return chosen === null ? [...members] : chosen.filter((id) => members.includes(id));
}

function initialSettings(ctx: ViewContext): CompareSettings {
  const humans = ctx.data.coders.filter((c) => c.kind === 'human');
  return { coderIds: humans.slice(0, 2).map((c) => c.id), scope: { kind: 'auto' }, codeIds: null, unit: 'char', overlap: 0.9 };
}

/**
 * Inter-coder comparison: agreement per code for the chosen coders, documents, codes, unit and
 * threshold; a row opens that code's disagreements side by side for resolution into consensus.
 */
export function CompareView({ ctx }: { ctx: ViewContext }) {
  const [settings, setSettings] = useState<CompareSettings>(() => initialSettings(ctx));
  const [codeId, setCodeId] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [resolving, setResolving] = useState(false);
  // After a resolution, the list is busy until the refresh it causes has arrived.
  const [resolvedAt, setResolvedAt] = useState<number | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const sessions = useApiQuery('listSessions', {}, ctx.generation);
  const sessionList = readyValue(sessions);
  const scope = resolveScope(settings.scope, sessionList, settings.coderIds);
  // A set the workspace is narrowed to narrows the comparison as well (a session keeps its own documents).
  const { lens } = useWorkspace();
  const documentSet = ctx.data.sets.find((s) => s.id === lens.documentSetId)?.documentIds;
  const codeSet = ctx.data.sets.find((s) => s.id === lens.codeSetId)?.codeIds;
  const agreementParams = useMemo(() => {
    const scoped = scope === null ? {} : scopeParams(scope);
    const documentIds = 'sessionId' in scoped ? undefined : (withinSet(scoped.documentIds ?? null, documentSet) ?? undefined);
    const codeIds = withinSet(settings.codeIds, codeSet);
    return {
      coderIds: [...settings.coderIds],
      ...scoped,
      ...(documentIds === undefined ? {} : { documentIds }),
      ...(codeIds === null ? {} : { codeIds }),
      unit: settings.unit,
      overlap: settings.overlap,
    };
  }, [settings, scope, documentSet, codeSet]);
  const enoughCoders = settings.coderIds.length >= 2;
  const agreement = useApiQuery('computeAgreement', enoughCoders && scope !== null ? agreementParams : null, ctx.generation);
  const result = readyValue(agreement);
  const [coderA, coderB] = settings.coderIds.map((id) => ctx.data.coders.find((c) => c.id === id));
  const pair = settings.coderIds.length === 2 && coderA && coderB ? ([coderA, coderB] as const) : null;

  const disagreements = useApiQuery(
    'listDisagreements',
    codeId === null || pair === null || result === null
      ? null
      : {
          coderA: pair[0].id,
          coderB: pair[1].id,
          codeId,
          unit: settings.unit,
          overlap: settings.overlap,
          documentIds: result.documents.map((d) => d.id),
        },
    ctx.generation,
  );
  const busy = resolving || resolvedAt === ctx.generation || (disagreements.status === 'ready' && disagreements.refreshing);
  const error = !enoughCoders ? msg.compare.needTwoCoders : agreement.status === 'failed' ? agreement.message : actionError;

  const resolve = async (item: Disagreement, resolution: Resolution) => {
    if (pair === null || codeId === null) return;
    setResolving(true);
    try {
      await call('resolveDisagreement', {
        coderA: pair[0].id,
        coderB: pair[1].id,
        codeId,
        documentId: item.documentId,
        start: item.start,
        end: item.end,
        resolution,
      });
      setResolvedAt(ctx.generation);
      setActionError(null);
    } catch (e) {
      setActionError(errorMessage(e));
    } finally {
      setResolving(false);
    }
  };

  const codeName = ctx.data.codes.find((c) => c.id === codeId)?.name ?? '';
  return (
    <div className="compare">
      <AgreementControls
        coders={ctx.data.coders}
        documents={ctx.data.documents}
        codes={ctx.data.codes}
        sessions={sessionList ?? []}
        settings={{ ...settings, scope: scope ?? settings.scope }}
        onChange={setSettings}
      />
      <div className="compare-summary">
        {result && (
          <span>
            {msg.compare.summary(
              result.coders.map((c) => c.name),
              result.documents.length,
              settings.unit,
              settings.overlap,
            )}
          </span>
        )}
        {error !== null && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
        <span className="spacer" />
        <TeamActions ctx={ctx} />
        {result && <ReportExport onExport={(format) => call('exportAgreementReportData', { format, agreement: agreementParams })} />}
      </div>
      {result && <DocumentsUsed result={result} />}
      <div className="compare-body">
        <div>{result && <AgreementTable result={result} selected={codeId} onSelect={(id) => (setCodeId(id), setIndex(0))} />}</div>
        {codeId !== null && pair !== null && disagreements.status !== 'ready' ? (
          <QueryStatus query={disagreements} loading={msg.compare.loadingDisagreements} className="placeholder review" />
        ) : codeId !== null && pair !== null && disagreements.status === 'ready' ? (
          <DisagreementReview
            codeName={codeName}
            coderA={pair[0]}
            coderB={pair[1]}
            items={disagreements.value}
            index={Math.min(index, Math.max(0, disagreements.value.length - 1))}
            onIndex={setIndex}
            onResolve={resolve}
            busy={busy}
          />
        ) : (
          <p className="placeholder review">{pair === null ? msg.compare.pairOnly : msg.compare.chooseCode}</p>
        )}
      </div>
    </div>
  );
}
