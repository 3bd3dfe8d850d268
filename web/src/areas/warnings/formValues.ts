import type { AuthoredWarning, Severity, Targeting, WarningInput } from './queries';
import { fromStockholmInput, toStockholmInput } from './stockholmTime';

export type GeoPoint = Targeting['polygons'][number][number];
export type Circle = Targeting['circles'][number];

/**
 * The form edits one polygon (clicked corner by corner) and one circle; a warning written elsewhere with
 * more areas keeps the others as they are, and its named organisations too, which this form cannot pick.
 */
export interface WarningFormValues {
  title: string;
  body: string;
  actions: string;
  severity: Severity;
  source: string;
  /** datetime-local values in Swedish time; empty: from now, and until further notice. */
  validFrom: string;
  validUntil: string;
  sni: string[];
  counties: string[];
  municipalities: string[];
  corners: GeoPoint[];
  circle: { center: GeoPoint | null; radiusKm: number | string };
  otherPolygons: GeoPoint[][];
  otherCircles: Circle[];
  orgIds: string[];
}

const DEFAULT_RADIUS_KM = 5;

export function newValues(): WarningFormValues {
  return {
    title: '',
    body: '',
    actions: '',
    severity: 'warning',
    source: '',
    validFrom: '',
    validUntil: '',
    sni: [],
    counties: [],
    municipalities: [],
    corners: [],
    circle: { center: null, radiusKm: DEFAULT_RADIUS_KM },
    otherPolygons: [],
    otherCircles: [],
    orgIds: [],
  };
}

export function valuesOf(warning: AuthoredWarning): WarningFormValues {
  const [polygon, ...otherPolygons] = warning.targeting.polygons;
  const [circle, ...otherCircles] = warning.targeting.circles;
  return {
    title: warning.title,
    body: warning.body,
    actions: warning.actions,
    severity: warning.severity,
    source: warning.source,
    validFrom: toStockholmInput(warning.validFrom),
    validUntil: warning.validUntil ? toStockholmInput(warning.validUntil) : '',
    sni: warning.targeting.sni,
    counties: warning.targeting.counties,
    municipalities: warning.targeting.municipalities,
    corners: polygon ?? [],
    circle: circle ? { center: circle.center, radiusKm: circle.radiusKm } : newValues().circle,
    otherPolygons,
    otherCircles,
    orgIds: warning.targeting.orgIds,
  };
}

export const radiusOf = (circle: WarningFormValues['circle']) =>
  typeof circle.radiusKm === 'number' ? circle.radiusKm : Number(circle.radiusKm.replace(',', '.'));

/** What the targeting is now; corners that make no polygon yet and a circle without a centre narrow nothing. */
export function targetingOf(values: WarningFormValues): Targeting {
  const { center } = values.circle;
  return {
    sni: values.sni,
    counties: values.counties,
    municipalities: values.municipalities,
    polygons: [...(values.corners.length >= 3 ? [values.corners] : []), ...values.otherPolygons],
    circles: [...(center ? [{ center, radiusKm: radiusOf(values.circle) }] : []), ...values.otherCircles],
    orgIds: values.orgIds,
  };
}

export function toInput(values: WarningFormValues, groupId: string | null): WarningInput {
  const validFrom = fromStockholmInput(values.validFrom);
  return {
    groupId,
    title: values.title.trim(),
    body: values.body.trim(),
    actions: values.actions.trim(),
    severity: values.severity,
    source: values.source.trim(),
    ...(validFrom ? { validFrom } : {}),
    validUntil: fromStockholmInput(values.validUntil),
    targeting: targetingOf(values),
  };
}
