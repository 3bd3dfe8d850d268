import 'leaflet/dist/leaflet.css';
import { Button, Group, Stack, Text } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface LatLng {
  lat: number;
  lng: number;
}

interface MapPickerProps {
  value: LatLng | null;
  onChange: (value: LatLng | null) => void;
  /** Accessible name of the map. */
  label: string;
}

export const SWEDEN_CENTRE: L.LatLngTuple = [62.2, 16.3];
export const SWEDEN_ZOOM = 4;
const PIN_ZOOM = 14;
export const TILE_URL = import.meta.env.VITE_MAP_TILE_URL?.trim() || null;
export const TILE_ATTRIBUTION =
  import.meta.env.VITE_MAP_TILE_ATTRIBUTION ??
  (TILE_URL?.includes('openstreetmap')
    ? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    : '');

function rounded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A Leaflet map where a click (or "pin at centre") sets the position; works without tiles too. */
export function MapPicker({ value, onChange, label }: MapPickerProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerRef = useRef<L.CircleMarker | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const initialValue = useRef(value);
  const zoomInTitle = t('map.zoomIn');
  const zoomOutTitle = t('map.zoomOut');

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const start = initialValue.current;
    const map = L.map(container, {
      center: start ? [start.lat, start.lng] : SWEDEN_CENTRE,
      zoom: start ? PIN_ZOOM : SWEDEN_ZOOM,
      zoomControl: false,
      attributionControl: Boolean(TILE_URL),
    });
    L.control.zoom({ zoomInTitle, zoomOutTitle }).addTo(map);
    if (TILE_URL) {
      L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 }).addTo(map);
      map.attributionControl.setPrefix(false);
    }
    map.on('click', (event: L.LeafletMouseEvent) => {
      onChangeRef.current({ lat: rounded(event.latlng.lat), lng: rounded(event.latlng.lng) });
    });
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
  }, [zoomInTitle, zoomOutTitle]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!value) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    const position: L.LatLngTuple = [value.lat, value.lng];
    if (markerRef.current) markerRef.current.setLatLng(position);
    else {
      markerRef.current = L.circleMarker(position, {
        radius: 10,
        color: '#ffffff',
        weight: 3,
        fillColor: '#234c86',
        fillOpacity: 1,
        interactive: false,
      }).addTo(map);
    }
    if (!map.getBounds().contains(position)) map.setView(position, Math.max(map.getZoom(), PIN_ZOOM));
  }, [value]);

  const pinAtCentre = () => {
    const centre = mapRef.current?.getCenter();
    if (centre) onChange({ lat: rounded(centre.lat), lng: rounded(centre.lng) });
  };

  return (
    <Stack gap="xs">
      <div ref={containerRef} className="map-picker" role="application" aria-label={label} />
      {TILE_URL ? null : (
        <Text size="sm" c="dimmed">
          {t('map.noTiles')}
        </Text>
      )}
      <Group gap="sm">
        <Button variant="default" size="sm" onClick={pinAtCentre}>
          {t('map.pinAtCentre')}
        </Button>
        {value ? (
          <Button variant="subtle" color="red" size="sm" onClick={() => onChange(null)}>
            {t('map.clearPin')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
