import { memo, useState } from 'react';
import { areaOf, familyAreaIds } from '../../domain/esiLookups';
import { formatHours, formatNumber, formatNumberToTenths } from '../../domain/format';
import { figurePath } from '../../domain/lastChange';
import { NumberField } from '../../shared/NumberField';
import { SourceNote } from '../../shared/SourceNote';
import { usePlanEditable, useVerbs } from '../../store/planContext';
import { useCycle } from './boardSelectors';
import { esiVerbs } from '../../store/slices/esiVerbs';

/** The board's assumptions: how many ESIs can start in a month, and hours per ESI by family or by Area (§2.5). */
export function EsiSettings() {
  const maxPerMonth = useCycle((cycle) => cycle.maxPerMonth);
  const standard = useCycle((cycle) => cycle.coreHoursPerEsi);
  const familyIds = useCycle((cycle) => cycle.families.map((family) => family.id));
  const { setEsiMaxPerMonth } = useVerbs(esiVerbs);

  return (
    <section className="panel esi-settings" aria-labelledby="esi-settings-heading">
      <h2 id="esi-settings-heading">Assumptions for the board</h2>
      <NumberField
        field="esi.maxPerMonth"
        figureAt="esi/maxPerMonth"
        id="esi-max-per-month"
        label="ESIs that can start in the same month"
        hint={<SourceNote source={maxPerMonth.source} />}
        suffix="ESIs"
        value={maxPerMonth.value}
        format={formatNumber}
        rule={{
          label: 'the ESIs that can start in the same month',
          minimum: 'above-zero',
          maximum: 100,
          example: '3',
          whole: true,
        }}
        onValid={setEsiMaxPerMonth}
      />
      <h3>Core hours per ESI</h3>
      <div className="esi-settings__standard">
        <p>
          Standard: {formatHours(standard.value, 1)} hours. The largest Areas need more (§2.5): set a family's or an
          Area's own hours below; an Area's own figure wins over its family's. Each is an assumption.
        </p>
        <SourceNote source={standard.source} />
      </div>
      <ul className="esi-settings__families">
        {familyIds.map((familyId) => (
          <FamilyHours key={familyId} familyId={familyId} />
        ))}
      </ul>
    </section>
  );
}

const FamilyHours = memo(function FamilyHours({ familyId }: { familyId: string }) {
  const { family, standard } = useCycle((cycle) => ({
    family: cycle.families.find((candidate) => candidate.id === familyId),
    standard: cycle.coreHoursPerEsi.value,
  }));
  const areaIds = useCycle((cycle) => familyAreaIds(cycle, familyId));
  const { setFamilyCoreHours } = useVerbs(esiVerbs);
  const editable = usePlanEditable();
  // The Areas' fields are drawn only once opened: a scaled plan has hundreds.
  const [areasOpen, setAreasOpen] = useState(false);
  if (!family) return null;
  const hours = family.coreHoursPerEsi;
  return (
    <li className="esi-settings__family">
      <NumberField
        field={`esiHours:family:${familyId}`}
        figureAt={figurePath('esi', 'families', familyId, 'coreHoursPerEsi')}
        id={`esi-hours-family-${familyId}`}
        label={`${family.name} family: core hours per ESI`}
        hint={hours ? <SourceNote source={hours.source} /> : 'The standard; type to set this family’s own hours.'}
        suffix="hours"
        value={hours?.value ?? standard}
        format={formatNumberToTenths}
        rule={{
          label: `the core hours per ESI for ${family.name}`,
          minimum: 'above-zero',
          maximum: 100_000,
          example: '650',
        }}
        onValid={(value) => setFamilyCoreHours(familyId, value)}
      />
      {hours && editable && (
        <button type="button" className="button button--secondary" onClick={() => setFamilyCoreHours(familyId, null)}>
          Use the standard for {family.name}
        </button>
      )}
      <details className="esi-settings__areas" onToggle={(event) => setAreasOpen(event.currentTarget.open)}>
        <summary>Hours for each Area of {family.name}</summary>
        {areasOpen && (
          <ul>
            {areaIds.map((areaId) => (
              <AreaHours key={areaId} areaId={areaId} familyHours={hours?.value ?? standard} />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
});

const AreaHours = memo(function AreaHours({ areaId, familyHours }: { areaId: string; familyHours: number }) {
  const area = useCycle((cycle) => areaOf(cycle, areaId));
  const { setAreaCoreHours } = useVerbs(esiVerbs);
  const editable = usePlanEditable();
  if (!area) return null;
  const hours = area.coreHoursPerEsi;
  return (
    <li className="esi-settings__area">
      <NumberField
        field={`esiHours:area:${areaId}`}
        figureAt={figurePath('esi', 'areas', areaId, 'coreHoursPerEsi')}
        id={`esi-hours-area-${areaId}`}
        label={`${area.name}: core hours for its ESI`}
        hint={hours ? <SourceNote source={hours.source} /> : 'As its family; type to set its own.'}
        suffix="hours"
        value={hours?.value ?? familyHours}
        format={formatNumberToTenths}
        rule={{
          label: `the core hours for ${area.name}'s ESI`,
          minimum: 'above-zero',
          maximum: 100_000,
          example: '700',
        }}
        onValid={(value) => setAreaCoreHours(areaId, value)}
      />
      {hours && editable && (
        <button type="button" className="button button--secondary" onClick={() => setAreaCoreHours(areaId, null)}>
          Use the family’s hours for {area.name}
        </button>
      )}
    </li>
  );
});
