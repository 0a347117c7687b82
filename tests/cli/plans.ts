import { loadFixtureFile } from '../support/fixture';

/**
 * The 2004/05 plan with North Wales moved from 2004/05 to 2005/06, so that 2004/05's 15 Areas fit
 * the 15 ESIs its hours fund. It still splits a family across years, a warning and not an error.
 */
export function correctedPlanText(): string {
  const document = loadFixtureFile();
  const northWales = document.scenario.esi.schedule.find((entry) => entry.areaId === 'north-wales');
  if (!northWales) throw new Error('the fixture no longer schedules North Wales');
  northWales.year = '2005/06';
  return JSON.stringify(document, null, 2);
}
