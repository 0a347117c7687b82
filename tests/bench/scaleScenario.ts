import type { Figure, Scenario } from '../../src/domain/types';

/** Copy 1 keeps the original ids and names, so `scaleScenario(s, 1)` is the scenario itself. */
function suffixId(id: string, copy: number): string {
  return copy === 1 ? id : `${id}-${copy}`;
}

function suffixName(name: string, copy: number): string {
  return copy === 1 ? name : `${name} ${copy}`;
}

/** The scaled figure says it is scaled, so the copy never passes off ×k as the report's figure. */
function scaleFigure(figure: Figure, k: number, what: string): Figure {
  return {
    value: figure.value * k,
    source: { kind: 'assumption', reasoning: `Benchmark scaling: ${what} ×${k} for ${k} copies of the inspectorate.` },
  };
}

function copies<T>(items: T[], k: number, copy: (item: T, copy: number) => T): T[] {
  const out: T[] = [];
  for (let index = 1; index <= k; index += 1) {
    for (const item of items) out.push(copy(item, index));
  }
  return out;
}

/**
 * k copies of the inspectorate in one scenario, for measuring how evaluation grows with size.
 * Every total scales by k (lines, budget, deployable hours, Areas, families, schedule, ESIs
 * allowed in a month, YOTs, Supporting People, joint inspections) while the ratios stay put:
 * £/hour, hours per ESI and per YOT inspection are unchanged, so the ESI capacity, the YOT load
 * and the findings scale with the inspectorate instead of turning into different findings.
 */
export function scaleScenario(scenario: Scenario, k: number): Scenario {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`The scale must be a whole number of 1 or more, not ${k}.`);
  if (k === 1) return scenario;

  const { esi, yot, supportingPeople } = scenario;
  return {
    ...scenario,
    name: `${scenario.name} ×${k} (benchmark)`,
    budgetGBP: scaleFigure(scenario.budgetGBP, k, 'the budget'),
    deployableHours: scaleFigure(scenario.deployableHours, k, 'the deployable hours'),
    lines: copies(scenario.lines, k, (line, copy) => ({
      ...line,
      id: suffixId(line.id, copy),
      label: suffixName(line.label, copy),
    })),
    esi: {
      ...esi,
      maxPerMonth: scaleFigure(esi.maxPerMonth, k, 'the ESIs allowed to start in one month'),
      families: copies(esi.families, k, (family, copy) => ({
        ...family,
        id: suffixId(family.id, copy),
        name: suffixName(family.name, copy),
      })),
      areas: copies(esi.areas, k, (area, copy) => ({
        ...area,
        id: suffixId(area.id, copy),
        name: suffixName(area.name, copy),
        familyId: suffixId(area.familyId, copy),
      })),
      schedule: copies(esi.schedule, k, (entry, copy) => ({ ...entry, areaId: suffixId(entry.areaId, copy) })),
    },
    yot: {
      ...yot,
      teams: scaleFigure(yot.teams, k, 'the YOTs'),
      doneBefore: scaleFigure(yot.doneBefore, k, 'the YOT inspections done before the year'),
      beforePhase2: scaleFigure(yot.beforePhase2, k, 'the YOT inspections before phase 2'),
      ratePer12Months: scaleFigure(yot.ratePer12Months, k, 'the YOT inspection rate'),
    },
    supportingPeople: {
      ...supportingPeople,
      authorities: scaleFigure(supportingPeople.authorities, k, 'the Supporting People authorities'),
      inspectionsPerYear: scaleFigure(
        supportingPeople.inspectionsPerYear,
        k,
        'the Supporting People inspections per year',
      ),
    },
    jointInspections: copies(scenario.jointInspections, k, (inspection, copy) => ({
      ...inspection,
      id: suffixId(inspection.id, copy),
      name: suffixName(inspection.name, copy),
    })),
  };
}
