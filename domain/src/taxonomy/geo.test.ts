import { describe, expect, it } from 'vitest';
import {
  counties,
  countyCodeSchema,
  findCounty,
  findMunicipality,
  municipalities,
  municipalitiesInCounty,
  municipalityCodeSchema,
  policeRegionOfCounty,
  policeRegions,
} from './geo';

describe('geo', () => {
  it('has the 21 län and 290 kommuner with unique codes', () => {
    expect(counties).toHaveLength(21);
    expect(municipalities).toHaveLength(290);
    expect(new Set(counties.map((c) => c.code)).size).toBe(21);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(290);
    for (const c of counties) expect(c.code).toMatch(/^\d{2}$/);
    for (const m of municipalities) expect(m.code).toMatch(/^\d{4}$/);
  });

  it('has the seven police regions', () => {
    expect(policeRegions.map((r) => r.name).sort()).toEqual(
      [
        'Region Bergslagen',
        'Region Mitt',
        'Region Nord',
        'Region Stockholm',
        'Region Syd',
        'Region Väst',
        'Region Öst',
      ].sort(),
    );
  });

  it('links every kommun to an existing län and every län to a police region', () => {
    for (const m of municipalities) expect(findCounty(m.countyCode), m.code).toBeDefined();
    for (const c of counties) expect(policeRegionOfCounty(c.code), c.code).toBeDefined();
    const used = new Set(counties.map((c) => c.policeRegion));
    expect(used.size).toBe(7);
  });

  it('looks up known places', () => {
    expect(findMunicipality('0180')).toMatchObject({ shortName: 'Stockholm', countyCode: '01' });
    expect(findMunicipality('1480')).toMatchObject({ shortName: 'Göteborg', countyCode: '14' });
    expect(findMunicipality('2584')).toMatchObject({ shortName: 'Kiruna', countyCode: '25' });
    expect(findMunicipality('9999')).toBeUndefined();
    expect(findMunicipality('180')).toBeUndefined();
    expect(findCounty('09')?.name).toBe('Gotlands län');
    expect(policeRegionOfCounty('09')?.name).toBe('Region Stockholm');
    expect(policeRegionOfCounty('12')?.name).toBe('Region Syd');
    expect(policeRegionOfCounty('20')?.name).toBe('Region Bergslagen');
    expect(policeRegionOfCounty('02')).toBeUndefined();
    expect(municipalitiesInCounty('09').map((m) => m.code)).toEqual(['0980']);
  });

  it('validates codes with Swedish messages', () => {
    expect(municipalityCodeSchema.parse('0180')).toBe('0180');
    const bad = municipalityCodeSchema.safeParse('0100');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Okänd kommun');
    expect(municipalityCodeSchema.safeParse(180).success).toBe(false);
    expect(countyCodeSchema.safeParse('02').error?.issues[0]?.message).toBe('Okänt län');
  });
});
