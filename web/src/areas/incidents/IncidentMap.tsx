import 'leaflet/dist/leaflet.css';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MAP_POINTS_MAX } from '@vaksam/domain/incidents/overview';
import type { TFunction } from 'i18next';
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatDateTime } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { SWEDEN_CENTRE, SWEDEN_ZOOM, TILE_ATTRIBUTION, TILE_URL } from '../../ui/MapPicker';
import { PageLoader } from '../../ui/PageLoader';
import { type Lang, type Severity, severityLabel, statusLabel, typeLabel, useLang } from './labels';

export type IncidentMapQuery = NonNullable<paths['/incidents/map']['get']['parameters']['query']>;
type MapAnswer = paths['/incidents/map']['get']['responses'][200]['content']['application/json'];
type MapPoint = MapAnswer['points'][number];

/** Colours of the three escalation levels, from blue to red; each also has its name in the legend. */
const SEVERITY_COLOURS: Record<Severity, string> = {
  disturbance: '#1c7ed6',
  serious: '#e8590c',
  extraordinary: '#c92a2a',
};
const SEVERITY_ORDER: Severity[] = ['disturbance', 'serious', 'extraordinary'];
/** A popup lists this many reports of one place; the list view has the rest. */
const POPUP_ROWS = 8;

/** Reports at the same spot (usually one unit) become one marker, or the newest would hide the others. */
interface Place {
  key: string;
  latitude: number;
  longitude: number;
  points: MapPoint[];
  severity: Severity;
  atUnit: boolean;
}

function placesOf(points: MapPoint[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const point of points) {
    const key = `${point.latitude.toFixed(5)},${point.longitude.toFixed(5)}`;
    const place = byKey.get(key);
    if (!place) {
      byKey.set(key, { key, ...point, points: [point] });
      continue;
    }
    place.points.push(point);
    if (SEVERITY_ORDER.indexOf(point.severity) > SEVERITY_ORDER.indexOf(place.severity))
      place.severity = point.severity;
    place.atUnit &&= point.atUnit;
  }
  return [...byKey.values()];
}

export function useIncidentMap(query: IncidentMapQuery) {
  return useQuery({
    queryKey: ['incidents', 'map', query],
    queryFn: () => unwrap(api.GET('/incidents/map', { params: { query } })),
    // Changing a filter keeps the old points on screen until the new ones arrive, so the map does not jump.
    placeholderData: keepPreviousData,
  });
}

/** INC-8: the reports of the current filters on a map, with the list as the accessible alternative. */
export function IncidentMap({ query, onShowList }: { query: IncidentMapQuery; onShowList: () => void }) {
  const { t, i18n } = useTranslation();
  const map = useIncidentMap(query);

  if (map.isPending) return <PageLoader />;
  if (map.isError) return <LoadError error={map.error} onRetry={() => void map.refetch()} />;
  const { points, truncated, withoutPosition } = map.data;

  return (
    <Stack gap="sm">
      {points.length === 0 ? (
        <EmptyState
          title={t('overview.mapEmptyTitle')}
          description={
            withoutPosition > 0
              ? t('overview.mapEmptyUnplaced', { count: withoutPosition })
              : t('overview.mapEmpty')
          }
          action={
            <Button variant="default" onClick={onShowList}>
              {t('overview.showList')}
            </Button>
          }
        />
      ) : (
        <>
          <PointsMap points={points} />
          <Legend />
          <Stack gap={4}>
            {TILE_URL ? null : (
              <Text size="sm" c="dimmed">
                {t('overview.noTiles')}
              </Text>
            )}
            {truncated ? (
              <Alert color="yellow" p="xs">
                {t('overview.truncated', { max: MAP_POINTS_MAX.toLocaleString(i18n.language) })}
              </Alert>
            ) : null}
            {withoutPosition > 0 ? (
              <Text size="sm">{t('overview.withoutPosition', { count: withoutPosition })}</Text>
            ) : null}
          </Stack>
          <PointList points={points} onShowList={onShowList} />
        </>
      )}
    </Stack>
  );
}

function Legend() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Group gap="md" component="ul" className="plain-list" aria-label={t('overview.legend')}>
      {SEVERITY_ORDER.map((severity) => (
        <Group key={severity} gap={6} component="li" wrap="nowrap">
          <span className="map-legend-dot" style={{ background: SEVERITY_COLOURS[severity] }} aria-hidden />
          <Text size="sm">{severityLabel(severity, lang)}</Text>
        </Group>
      ))}
      <Group gap={6} component="li" wrap="nowrap">
        <span className="map-legend-dot map-legend-dot-unit" aria-hidden />
        <Text size="sm">{t('overview.atUnitLegend')}</Text>
      </Group>
    </Group>
  );
}

/** The same reports as text, for screen readers and keyboards (the markers are not focusable). */
function PointList({ points, onShowList }: { points: MapPoint[]; onShowList: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <details className="map-point-list">
      <summary>{t('overview.pointList', { count: points.length })}</summary>
      <Stack component="ul" gap={4} className="plain-list" mt="xs">
        {points.map((point) => (
          <li key={point.id}>
            <Anchor component={Link} to={`/incidents/${point.id}`}>
              {typeLabel(point.type, lang)}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              {formatDateTime(point.occurredAt)} · {severityLabel(point.severity, lang)} ·{' '}
              {statusLabel(point.status, lang)}
              {point.unitName ? ` · ${point.unitName}` : ''}
            </Text>
          </li>
        ))}
      </Stack>
      <Button variant="subtle" px={0} mt="xs" onClick={onShowList}>
        {t('overview.showList')}
      </Button>
    </details>
  );
}

/** Towns spread over the country, named on the plain background so the points can be placed at a glance. */
const REFERENCE_PLACES: [string, number, number][] = [
  ['Malmö', 55.605, 13.0038],
  ['Kalmar', 56.6634, 16.3568],
  ['Göteborg', 57.7089, 11.9746],
  ['Jönköping', 57.7826, 14.1618],
  ['Visby', 57.6348, 18.2948],
  ['Linköping', 58.4108, 15.6214],
  ['Karlstad', 59.4022, 13.5115],
  ['Stockholm', 59.3293, 18.0686],
  ['Uppsala', 59.8586, 17.6389],
  ['Gävle', 60.6749, 17.1413],
  ['Sundsvall', 62.3908, 17.3069],
  ['Östersund', 63.1792, 14.6357],
  ['Umeå', 63.8258, 20.263],
  ['Luleå', 65.5848, 22.1547],
  ['Kiruna', 67.8558, 20.2253],
];

/**
 * Without tiles: a line every degree and a few towns, which give the points a sense of place and distance.
 * Drawn in a pane below the markers, and never interactive.
 */
function addPlainBackground(map: L.Map) {
  for (const [name, lat, lng] of REFERENCE_PLACES)
    L.marker([lat, lng], {
      icon: L.divIcon({ className: 'map-place-label', html: name, iconSize: [90, 14], iconAnchor: [45, 7] }),
      interactive: false,
      keyboard: false,
      pane: 'tilePane',
    }).addTo(map);
  addGraticule(map);
}

function addGraticule(map: L.Map) {
  const style = { color: '#b8c2cc', weight: 1, opacity: 0.7, interactive: false };
  for (let lat = 55; lat <= 69; lat++)
    L.polyline(
      [
        [lat, 10],
        [lat, 25],
      ],
      style,
    ).addTo(map);
  for (let lng = 10; lng <= 25; lng++)
    L.polyline(
      [
        [55, lng],
        [69, lng],
      ],
      style,
    ).addTo(map);
}

function popupFor(place: Place, lang: Lang, t: TFunction, open: (id: string) => void) {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const list = document.createElement('ul');
  list.className = 'plain-list';
  for (const point of place.points.slice(0, POPUP_ROWS)) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/incidents/${point.id}`;
    link.textContent = typeLabel(point.type, lang);
    // Inside the app the router takes over, so the page is not loaded again.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(point.id);
    });
    const details = document.createElement('div');
    details.textContent = `${formatDateTime(point.occurredAt)} · ${statusLabel(point.status, lang)}`;
    item.append(link, details);
    list.append(item);
  }
  const unitName = place.points[0]?.unitName;
  if (place.atUnit && unitName) {
    const unit = document.createElement('div');
    unit.className = 'map-popup-note';
    unit.textContent = t('overview.atUnit', { unit: unitName });
    root.append(unit);
  }
  root.append(list);
  if (place.points.length > POPUP_ROWS) {
    const more = document.createElement('div');
    more.className = 'map-popup-note';
    more.textContent = t('overview.morePoints', { count: place.points.length - POPUP_ROWS });
    root.append(more);
  }
  return root;
}

/** The Leaflet map: one circle per place, coloured by its most severe report, fitted to the points. */
function PointsMap({ points }: { points: MapPoint[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const containerRef = useRef<HTMLElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const places = useMemo(() => placesOf(points), [points]);
  const zoomInTitle = t('map.zoomIn');
  const zoomOutTitle = t('map.zoomOut');

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = L.map(container, {
      center: SWEDEN_CENTRE,
      zoom: SWEDEN_ZOOM,
      zoomControl: false,
      attributionControl: Boolean(TILE_URL),
    });
    L.control.zoom({ zoomInTitle, zoomOutTitle }).addTo(map);
    if (TILE_URL) {
      L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 }).addTo(map);
      map.attributionControl.setPrefix(false);
    } else addPlainBackground(map);
    layerRef.current = L.layerGroup().addTo(map);
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
    };
  }, [zoomInTitle, zoomOutTitle]);

  useEffect(() => {
    const map = mapRef.current;
    const layer = layerRef.current;
    if (!map || !layer) return;
    layer.clearLayers();
    for (const place of places) {
      const count = place.points.length;
      const marker = L.circleMarker([place.latitude, place.longitude], {
        radius: Math.min(8 + Math.log2(count) * 3, 22),
        color: '#ffffff',
        weight: 2,
        dashArray: place.atUnit ? '3 3' : undefined,
        fillColor: SEVERITY_COLOURS[place.severity],
        fillOpacity: 0.9,
      });
      if (count > 1)
        marker.bindTooltip(String(count), {
          permanent: true,
          direction: 'center',
          className: 'map-count',
        });
      marker.bindPopup(() => popupFor(place, lang, t, (id) => navigate(`/incidents/${id}`)));
      marker.addTo(layer);
    }
    const bounds = L.latLngBounds(places.map((p) => [p.latitude, p.longitude] as L.LatLngTuple));
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  }, [places, lang, t, navigate]);

  return (
    <section
      ref={containerRef}
      className={TILE_URL ? 'incident-map' : 'incident-map incident-map-plain'}
      aria-label={t('overview.mapLabel', { count: points.length })}
    />
  );
}
