import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SWEDEN_CENTRE, SWEDEN_ZOOM, TILE_ATTRIBUTION, TILE_URL } from '../../ui/MapPicker';
import type { Circle, GeoPoint } from './formValues';
import { addPlainBackground } from './plainBackground';

export interface AreaShapes {
  corners: GeoPoint[];
  circle: Circle | null;
  otherPolygons: GeoPoint[][];
  otherCircles: Circle[];
}

interface AreaMapProps {
  shapes: AreaShapes;
  onPick: (point: GeoPoint) => void;
  /** Accessible name of the map. */
  label: string;
  /** Receives the map's centre getter, for the buttons that place a point without a pointer. */
  onCentre: (centre: () => GeoPoint | null) => void;
}

const EDITED = '#b42323';
const KEPT = '#4b5563';

const rounded = (value: number) => Math.round(value * 1e5) / 1e5;
const latLng = (point: GeoPoint): L.LatLngTuple => [point.latitude, point.longitude];

function allPoints(shapes: AreaShapes): L.LatLngTuple[] {
  const circles = [...(shapes.circle ? [shapes.circle] : []), ...shapes.otherCircles];
  return [
    ...shapes.corners.map(latLng),
    ...shapes.otherPolygons.flat().map(latLng),
    ...circles.flatMap((circle) => {
      const bounds = L.latLng(latLng(circle.center)).toBounds(circle.radiusKm * 2000);
      return [
        [bounds.getSouth(), bounds.getWest()] as L.LatLngTuple,
        [bounds.getNorth(), bounds.getEast()] as L.LatLngTuple,
      ];
    }),
  ];
}

function draw(layer: L.LayerGroup, shapes: AreaShapes): void {
  layer.clearLayers();
  const kept = { color: KEPT, weight: 2, dashArray: '6 4', fillOpacity: 0.1, interactive: false };
  for (const polygon of shapes.otherPolygons) L.polygon(polygon.map(latLng), kept).addTo(layer);
  for (const circle of shapes.otherCircles) {
    L.circle(latLng(circle.center), { ...kept, radius: circle.radiusKm * 1000 }).addTo(layer);
  }
  const edited = { color: EDITED, weight: 3, fillOpacity: 0.15, interactive: false };
  const corners = shapes.corners.map(latLng);
  if (corners.length >= 3) L.polygon(corners, edited).addTo(layer);
  else if (corners.length === 2) L.polyline(corners, edited).addTo(layer);
  corners.forEach((corner, index) => {
    L.circleMarker(corner, {
      radius: index === corners.length - 1 ? 7 : 5,
      color: '#ffffff',
      weight: 2,
      fillColor: EDITED,
      fillOpacity: 1,
      interactive: false,
    }).addTo(layer);
  });
  if (shapes.circle) {
    const centre = latLng(shapes.circle.center);
    if (shapes.circle.radiusKm > 0) {
      L.circle(centre, { ...edited, radius: shapes.circle.radiusKm * 1000 }).addTo(layer);
    }
    L.circleMarker(centre, {
      radius: 6,
      color: '#ffffff',
      weight: 2,
      fillColor: EDITED,
      fillOpacity: 1,
      interactive: false,
    }).addTo(layer);
  }
}

/** WARN-2: a Leaflet map the author clicks to place corners or a circle's centre; works without tiles. */
export function AreaMap({ shapes, onPick, label, onCentre }: AreaMapProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  const shapesRef = useRef(shapes);
  shapesRef.current = shapes;
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
    } else {
      addPlainBackground(map);
    }
    // An area drawn before opens in view, not somewhere on a map of the whole country.
    const points = allPoints(shapesRef.current);
    if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 12 });
    map.on('click', (event: L.LeafletMouseEvent) => {
      onPickRef.current({ latitude: rounded(event.latlng.lat), longitude: rounded(event.latlng.lng) });
    });
    const layer = L.layerGroup().addTo(map);
    draw(layer, shapesRef.current);
    layerRef.current = layer;
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
    };
  }, [zoomInTitle, zoomOutTitle]);

  useEffect(() => {
    onCentre(() => {
      const centre = mapRef.current?.getCenter();
      return centre ? { latitude: rounded(centre.lat), longitude: rounded(centre.lng) } : null;
    });
  }, [onCentre]);

  useEffect(() => {
    if (layerRef.current) draw(layerRef.current, shapes);
  }, [shapes]);

  return <div ref={containerRef} className="area-map" role="application" aria-label={label} />;
}
