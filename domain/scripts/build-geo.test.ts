import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGeoModule, GEO_MODULE_PATH, readGeoSources } from './build-geo';

describe('build-geo', () => {
  it('committed geo.data.ts matches what the script builds from the data files', () => {
    // If this fails, run: npx tsx domain/scripts/build-geo.ts
    expect(readFileSync(GEO_MODULE_PATH, 'utf8')).toBe(buildGeoModule(readGeoSources()));
  });

  it('refuses inconsistent data', () => {
    const sources = readGeoSources();
    const wrongCounty = sources.municipalitiesCsv.replace(
      '0114,Upplands Väsby kommun,Upplands Väsby,01',
      '0114,Upplands Väsby kommun,Upplands Väsby,03',
    );
    expect(() => buildGeoModule({ ...sources, municipalitiesCsv: wrongCounty })).toThrow(/0114/);
    const missingColumn = sources.countiesCsv.replace('county_name_short', 'short');
    expect(() => buildGeoModule({ ...sources, countiesCsv: missingColumn })).toThrow(/county_name_short/);
  });

  it('keeps leading zeros in codes', () => {
    const module = buildGeoModule(readGeoSources());
    expect(module).toContain("{ code: '01', name: 'Stockholms län'");
    expect(module).toContain("{ code: '0114', name: 'Upplands Väsby kommun'");
  });
});
