import L from 'leaflet';

/** Towns to draw by when there are no map tiles: an area is drawn around places the author knows. */
const REFERENCE_PLACES: [string, number, number][] = [
  ['Malmö', 55.605, 13.0038],
  ['Kalmar', 56.6634, 16.3568],
  ['Göteborg', 57.7089, 11.9746],
  ['Jönköping', 57.7826, 14.1618],
  ['Visby', 57.6348, 18.2948],
  ['Linköping', 58.4108, 15.6214],
  ['Karlstad', 59.4022, 13.5115],
  ['Örebro', 59.2753, 15.2134],
  ['Västerås', 59.6099, 16.5448],
  ['Stockholm', 59.3293, 18.0686],
  ['Uppsala', 59.8586, 17.6389],
  ['Gävle', 60.6749, 17.1413],
  ['Sundsvall', 62.3908, 17.3069],
  ['Östersund', 63.1792, 14.6357],
  ['Umeå', 63.8258, 20.263],
  ['Luleå', 65.5848, 22.1547],
  ['Kiruna', 67.8558, 20.2253],
];

/** Town names and a line every degree, in the tile pane below the shapes, never interactive. */
export function addPlainBackground(map: L.Map): void {
  for (const [name, lat, lng] of REFERENCE_PLACES) {
    L.circleMarker([lat, lng], {
      radius: 2,
      color: '#6b7785',
      weight: 1,
      fillOpacity: 1,
      interactive: false,
      pane: 'tilePane',
    }).addTo(map);
    L.marker([lat, lng], {
      icon: L.divIcon({ className: 'area-map-place', html: name, iconSize: [90, 14], iconAnchor: [45, -2] }),
      interactive: false,
      keyboard: false,
      pane: 'tilePane',
    }).addTo(map);
  }
  const style = { color: '#c3ccd5', weight: 1, opacity: 0.8, interactive: false };
  for (let lat = 55; lat <= 69; lat++) {
    L.polyline(
      [
        [lat, 10],
        [lat, 25],
      ],
      style,
    ).addTo(map);
  }
  for (let lng = 10; lng <= 25; lng++) {
    L.polyline(
      [
        [55, lng],
        [69, lng],
      ],
      style,
    ).addTo(map);
  }
}
