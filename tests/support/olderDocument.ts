import * as Y from 'yjs';

/**
 * Turns a scenario document into one a version 2 planner wrote: without the parts the 2 → 3
 * migration adds (src/domain/scenarioFile.ts), and stamped version 2.
 */
export function makeVersionTwo(doc: Y.Doc): void {
  doc.transact(() => {
    const root = doc.getMap<Y.Map<unknown>>('scenario');
    root.delete('contingencyDraws');
    root.delete('monthlyProfile');
    root.get('yot')?.delete('moves');
    root.get('supportingPeople')?.delete('cycleStart');
    root.get('supportingPeople')?.delete('doneBefore');
    doc.getMap('meta').set('version', 2);
  });
}
