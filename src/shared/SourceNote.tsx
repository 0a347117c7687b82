import { originInWords } from '../domain/sources';
import type { Source } from '../domain/types';

/**
 * Where a figure comes from. A disclosure rather than a hover tooltip, so the reasoning
 * opens by keyboard, touch and mouse alike and screen readers announce it.
 */
export function SourceNote({ source }: { source: Source }) {
  if (source.kind === 'carried') {
    return (
      <details className="source">
        <summary>Carried from the {source.from} plan</summary>
        <p>{`Taken from the ${source.from} plan as a starting point; there it came from ${originInWords(source.was)}`}</p>
      </details>
    );
  }
  if (source.kind === 'assumption') {
    return (
      <details className="source source--assumption">
        <summary>Assumption</summary>
        <p>{source.reasoning}</p>
      </details>
    );
  }
  if (!source.note) return <span className="source">Report {source.ref}</span>;
  return (
    <details className="source">
      <summary>Report {source.ref}</summary>
      <p>{source.note}</p>
    </details>
  );
}
