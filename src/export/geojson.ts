/**
 * GeoJSON (RFC 7946) features: positions are [longitude, latitude] in WGS 84; an entity without a
 * location is a feature with a null geometry (allowed by RFC 7946 section 3.2), so no entity
 * is silently dropped.
 */

export interface LatLon {
  latitude: number;
  longitude: number;
}

export interface Feature {
  type: 'Feature';
  id?: string;
  geometry: { type: 'Point'; coordinates: number[] } | { type: 'LineString'; coordinates: number[][] } | null;
  properties: Record<string, unknown>;
}

const position = (p: LatLon) => [p.longitude, p.latitude];

export function pointFeature(
  id: string,
  location: LatLon | null | undefined,
  properties: Record<string, unknown>,
): Feature {
  return {
    type: 'Feature',
    id,
    geometry: location ? { type: 'Point', coordinates: position(location) } : null,
    properties,
  };
}

/** A line from one location to another; null geometry when either end has no location. */
export function lineFeature(
  id: string,
  from: LatLon | null | undefined,
  to: LatLon | null | undefined,
  properties: Record<string, unknown>,
): Feature {
  return {
    type: 'Feature',
    id,
    geometry: from && to ? { type: 'LineString', coordinates: [position(from), position(to)] } : null,
    properties,
  };
}

export const COLLECTION_START = '{"type":"FeatureCollection","features":[\n';
export const COLLECTION_END = '\n]}\n';

export function featureCollection(features: Feature[]): string {
  return `${COLLECTION_START}${features.map((f) => JSON.stringify(f)).join(',\n')}${COLLECTION_END}`;
}
