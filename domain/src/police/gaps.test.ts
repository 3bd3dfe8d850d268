import { describe, expect, it } from 'vitest';
import { policeCrimeOf, policeCrimeTypes } from './crime-types';
import { blockingGaps, gapMessages, policeReportGaps } from './gaps';
import { POLICE_REPORT_FORMAT, type PoliceReportPayload, policeReportPayloadSchema } from './payload';

/** A theft report with everything the police ask for. */
function complete(overrides: Partial<PoliceReportPayload> = {}): PoliceReportPayload {
  return {
    format: POLICE_REPORT_FORMAT,
    reportId: '01a20000-0000-7000-8000-000000000001',
    builtAt: '2026-11-22T13:05:00.000Z',
    organisation: {
      name: 'Butiken AB',
      orgNumber: '556036-0793',
      contact: { name: 'Chef Chefsson', email: 'chef@example.se', phone: '+46701234567' },
    },
    crime: {
      code: 'stold',
      label: 'Stöld eller snatteri',
      incidentType: { code: 'theft', label: 'Stöld/snatteri' },
      severity: { code: 'disturbance', label: 'Störning' },
    },
    time: { from: '2026-11-22T12:00:00.000Z', to: null },
    place: {
      unitName: 'Butik Storgatan',
      address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm' },
      municipality: { code: '0180', name: 'Stockholms kommun' },
      county: { code: '01', name: 'Stockholms län' },
      policeRegion: 'Region Stockholm',
      coordinates: null,
      scene: null,
    },
    description: 'Två jackor stals.',
    loss: { valueSek: 2400, items: 'Två jackor' },
    modusOperandi: [{ code: 'concealment', label: 'Gömde varor på kroppen eller i väska' }],
    tools: [],
    perpetrators: { count: 1, descriptions: [{ code: 'age_18_30', label: '18–30 år' }] },
    witnesses: { any: false, count: 0 },
    injuries: { any: false, count: 0 },
    cctv: { available: true, camera: null, note: 'Kassa 2' },
    policeAtScene: false,
    kNumber: null,
    attachments: { count: 0 },
    ...overrides,
  };
}

const keys = (payload: PoliceReportPayload) =>
  policeReportGaps(payload).map((g) => `${g.severity}:${g.messageKey}`);

describe('police report gaps (POL-3)', () => {
  it('finds nothing in a complete theft report, which the schema accepts', () => {
    expect(policeReportPayloadSchema.parse(complete())).toEqual(complete());
    expect(policeReportGaps(complete())).toEqual([]);
  });

  it('requires what was taken, its value, CCTV and a contact phone for a theft', () => {
    const gaps = policeReportGaps(
      complete({
        organisation: {
          ...complete().organisation,
          contact: { name: 'A', email: 'a@example.se', phone: null },
        },
        loss: { valueSek: null, items: null },
        cctv: { available: null, camera: null, note: null },
      }),
    );
    expect(blockingGaps(gaps).map((g) => g.field)).toEqual([
      'organisation.contact.phone',
      'loss.items',
      'loss.valueSek',
      'cctv.available',
    ]);
    for (const gap of gaps) expect(gapMessages[gap.messageKey]).toBeTruthy();
  });

  it('only recommends the loss for criminal damage and fraud', () => {
    const damage = complete({
      crime: { ...complete().crime, code: 'skadegorelse' },
      loss: { valueSek: null, items: null },
      cctv: { available: null, camera: null, note: null },
    });
    expect(keys(damage)).toEqual([
      'recommended:lossItems',
      'recommended:lossValue',
      'recommended:cctvAnswer',
    ]);
  });

  it('requires an exact place: a street address or a position', () => {
    const place = complete().place;
    expect(
      keys(complete({ place: { ...place, address: { street: null, postalCode: null, city: 'Umeå' } } })),
    ).toEqual(['required:exactPlace']);
    const positioned = complete({
      place: {
        ...place,
        unitName: null,
        address: null,
        municipality: null,
        county: null,
        policeRegion: null,
        coordinates: { latitude: 59.3, longitude: 18.1, source: 'report' },
      },
    });
    expect(keys(positioned)).toEqual(['recommended:municipality']);
  });

  it('requires a description of the perpetrators for robbery, violence and threats', () => {
    const robbery = complete({
      crime: { ...complete().crime, code: 'ran' },
      perpetrators: { count: 2, descriptions: [] },
      injuries: { any: null, count: null },
    });
    expect(keys(robbery)).toEqual(['required:perpetratorDescription', 'recommended:injuries']);
    const threat = complete({
      crime: { ...complete().crime, code: 'olaga_hot' },
      perpetrators: { count: null, descriptions: [] },
      loss: { valueSek: null, items: null },
    });
    expect(keys(threat)).toEqual(['required:perpetratorCount']);
    // Nobody was seen at a burglary at night: no description is asked for.
    const burglary = complete({
      crime: { ...complete().crime, code: 'inbrott' },
      perpetrators: { count: 0, descriptions: [] },
    });
    expect(keys(burglary)).toEqual([]);
  });

  it('asks only for the place and a contact for events that are not crimes', () => {
    const waterDamage = complete({
      crime: { ...complete().crime, code: 'ovrigt' },
      loss: { valueSek: null, items: null },
      modusOperandi: [],
      perpetrators: { count: null, descriptions: [] },
      witnesses: { any: null, count: null },
      cctv: { available: null, camera: null, note: null },
    });
    expect(keys(waterDamage)).toEqual([]);
  });

  it('points out a camera that is said to exist but is not named', () => {
    expect(keys(complete({ cctv: { available: true, camera: null, note: null } }))).toEqual([
      'recommended:cctvCamera',
    ]);
  });
});

describe('crime types', () => {
  it('maps every incident type to a police crime type with both labels', () => {
    expect(policeCrimeOf('robbery')).toEqual({ code: 'ran', label: { sv: 'Rån', en: 'Robbery' } });
    expect(policeCrimeOf('water_damage').code).toBe('ovrigt');
    expect(new Set(policeCrimeTypes.map((c) => c.code)).size).toBe(policeCrimeTypes.length);
  });
});
