import { z } from 'zod';
import { COUNTY_ROWS, MUNICIPALITY_ROWS, POLICE_REGION_ROWS } from './geo.data';

export type PoliceRegionId = (typeof POLICE_REGION_ROWS)[number]['id'];

export interface PoliceRegion {
  id: PoliceRegionId;
  /** Swedish display name, e.g. 'Region Nord'. */
  name: string;
}

export interface County {
  /** SCB länskod, two digits. */
  code: string;
  /** 'Stockholms län' */
  name: string;
  /** 'Stockholm' */
  shortName: string;
  policeRegion: PoliceRegionId;
}

export interface Municipality {
  /** SCB kommunkod, four digits; the first two are the county's code. */
  code: string;
  /** 'Upplands Väsby kommun' */
  name: string;
  /** 'Upplands Väsby' */
  shortName: string;
  countyCode: string;
}

export const policeRegions: readonly PoliceRegion[] = POLICE_REGION_ROWS;
export const counties: readonly County[] = COUNTY_ROWS;
export const municipalities: readonly Municipality[] = MUNICIPALITY_ROWS;

const policeRegionById = new Map(policeRegions.map((r) => [r.id, r]));
const countyByCode = new Map(counties.map((c) => [c.code, c]));
const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));

export function findCounty(code: string): County | undefined {
  return countyByCode.get(code);
}

export function findMunicipality(code: string): Municipality | undefined {
  return municipalityByCode.get(code);
}

export function findPoliceRegion(id: string): PoliceRegion | undefined {
  return policeRegionById.get(id as PoliceRegionId);
}

export function policeRegionOfCounty(countyCode: string): PoliceRegion | undefined {
  const county = countyByCode.get(countyCode);
  return county && policeRegionById.get(county.policeRegion);
}

export function municipalitiesInCounty(countyCode: string): readonly Municipality[] {
  return municipalities.filter((m) => m.countyCode === countyCode);
}

export const municipalityCodeSchema = z
  .string()
  .refine((code) => municipalityByCode.has(code), { error: 'Okänd kommun' })
  .meta({ description: 'Kommunkod enligt SCB, fyra siffror', example: '0180' });

export const countyCodeSchema = z
  .string()
  .refine((code) => countyByCode.has(code), { error: 'Okänt län' })
  .meta({ description: 'Länskod enligt SCB, två siffror', example: '01' });
