import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AgreementResult, Disagreement, Resolution } from '../../shared/features/comparison-types';
import { call } from '../lib/api';
import { AgreementControls, type CompareSettings } from '../components/comparison/AgreementControls';
import { AgreementTable } from '../components/comparison/AgreementTable';
import { DisagreementReview } from '../components/comparison/DisagreementReview';
import { ReportExport } from '../components/comparison/ReportExport';
import '../components/comparison/comparison.css';
import type { ViewContext } from './view-context';
import { errorMessage } from '../../core/result';

function initialSettings(ctx: ViewContext): CompareSettings {
  const humans = ctx.data.coders.filter((c) => c.kind === 'human');
  return { coderIds: humans.slice(0, 2).map((c) => c.id), documentIds: null, codeIds: null, unit: 'char', overlap: 0.9 };
}

/**
 * Inter-coder comparison: agreement per code for the chosen coders, documents, codes, unit and
 * threshold; a row opens that code's disagreements side by side for resolution into consensus.
 */
export function CompareView({ ctx }: { ctx: ViewContext }) {
  const [settings, setSettings] = useState<CompareSettings>(() => initialSettings(ctx));
  const [result, setResult] = useState<AgreementResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [codeId, setCodeId] = useState<string | null>(null);
  const [items, setItems] = useState<readonly Disagreement[]>([]);
  const [index, setIndex] = useState(0);
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const [busy, setBusy] = useState(false);

  const agreementParams = useMemo(
    () => ({
      coderIds: [...settings.coderIds],
      ...(settings.documentIds ? { documentIds: [...settings.documentIds] } : {}),
      ...(settings.codeIds ? { codeIds: [...settings.codeIds] } : {}),
      unit: settings.unit,
      overlap: settings.overlap,
    }),
    [settings],
  );
  const [coderA, coderB] = settings.coderIds.map((id) => ctx.data.coders.find((c) => c.id === id));
  const pair = settings.coderIds.length === 2 && coderA && coderB ? ([coderA, coderB] as const) : null;

  useEffect(() => {
    if (settings.coderIds.length < 2) {
      setResult(null);
      setError('Choose at least two coders.');
      return;
    }
    let cancelled = false;
    call('computeAgreement', agreementParams).then(
      (r) => !cancelled && (setResult(r), setError(null)),
      (e: unknown) => !cancelled && setError(errorMessage(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [agreementParams, settings.coderIds.length, ctx.generation]);

  const aId = pair?.[0].id ?? null;
  const bId = pair?.[1].id ?? null;
  const loadDisagreements = useCallback(async () => {
    if (codeId === null || aId === null || bId === null) return setItems([]);
    const list = await call('listDisagreements', {
      coderA: aId,
      coderB: bId,
      codeId,
      unit: settings.unit,
      overlap: settings.overlap,
      ...(result ? { documentIds: result.documents.map((d) => d.id) } : {}),
    });
    setItems(list);
    const missing = [...new Set(list.map((d) => d.documentId))].filter((id) => !texts.has(id));
    if (missing.length > 0) {
      const docs = await Promise.all(missing.map((documentId) => call('getDocument', { documentId })));
      setTexts((prev) => new Map([...prev, ...docs.map((d) => [d.id as string, d.text] as const)]));
    }
    // `texts` is a cache read here, not an input: refetching when it fills would loop.
  }, [codeId, aId, bId, settings.unit, settings.overlap, result]);

  useEffect(() => {
    loadDisagreements().catch((e: unknown) => setError(errorMessage(e)));
  }, [loadDisagreements]);

  const resolve = async (item: Disagreement, resolution: Resolution) => {
    if (pair === null || codeId === null) return;
    setBusy(true);
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
      await loadDisagreements();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const codeName = ctx.data.codes.find((c) => c.id === codeId)?.name ?? '';
  return (
    <div className="compare">
      <AgreementControls
        coders={ctx.data.coders}
        documents={ctx.data.documents}
        codes={ctx.data.codes}
        settings={settings}
        onChange={setSettings}
      />
      <div className="compare-summary">
        {result && (
          <span>
            {result.coders.map((c) => c.name).join(' vs ')} · {result.documents.length} documents · unit{' '}
            {settings.unit === 'char' ? 'character' : `segment, overlap ≥ ${settings.overlap}`}
          </span>
        )}
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
        <span className="spacer" />
        {result && <ReportExport onExport={(format) => call('exportAgreementReportData', { format, agreement: agreementParams })} />}
      </div>
      <div className="compare-body">
        <div>{result && <AgreementTable result={result} selected={codeId} onSelect={(id) => (setCodeId(id), setIndex(0))} />}</div>
        {codeId !== null && pair !== null ? (
          <DisagreementReview
            codeName={codeName}
            coderA={pair[0]}
            coderB={pair[1]}
            items={items}
            texts={texts}
            index={Math.min(index, Math.max(0, items.length - 1))}
            onIndex={setIndex}
            onResolve={resolve}
            busy={busy}
          />
        ) : (
          <p className="placeholder review">
            {pair === null ? 'Side-by-side review compares exactly two coders.' : 'Choose a code in the table to review its disagreements.'}
          </p>
        )}
      </div>
    </div>
  );
}
