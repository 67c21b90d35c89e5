/** How the care network map is drawn in Cytoscape: its stylesheet, in the theme's colours. */
import type { StylesheetJson } from 'cytoscape';
import { fieldStyles, readGraphTheme, type GraphTheme } from '../../internal/graph-theme.js';

/** The map's own colours beside the theme's: name → [custom property, fallback]. */
export const NETWORK_COLORS = {
  /** Colour of a difficult (moeizaam) relation, on top of its dotted line. */
  difficult: ['--_gap-color', '#8a4b00'],
  /** Background of the rings eigen netwerk and dichtbij. */
  ringOwn: ['--_ring-own', '#fbf5ea'],
  ringClose: ['--_ring-close', '#eef2f7'],
} as const;

/** The colours and font of the map. */
export type NetworkTheme = GraphTheme<keyof typeof NETWORK_COLORS>;

/** The colours and font of the map, from the element's CSS custom properties (so themes apply). */
export const readNetworkTheme = (el: Element): NetworkTheme => readGraphTheme(el, NETWORK_COLORS);

/** Font size of the names of the members, in map units. */
const NAME_FONT_SIZE = 14;
/**
 * The smallest zoom the map opens at, so that names are at least 12 px on screen: a large map then
 * opens on its centre, and the rest is a drag or the "whole map" button away.
 */
export const READABLE_ZOOM = 12 / NAME_FONT_SIZE;
/** Present mode draws every name and label in this size (map units), and opens where they are 15 px or more. */
const PRESENT_FONT_SIZE = 20;
export const PRESENT_ZOOM = 15 / PRESENT_FONT_SIZE;

/** The Cytoscape stylesheet; colours and font come from the element's CSS custom properties. */
export function graphStyle(c: NetworkTheme, present = false): StylesheetJson {
  return [
    { selector: 'node', style: { 'font-family': c.font, color: c.text, 'z-index-compare': 'manual' } },
    { selector: 'edge', style: { 'z-index-compare': 'manual' } },
    { selector: '.bg', style: { events: 'no', 'overlay-opacity': 0 } },
    {
      selector: '.ring',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'ellipse',
        'background-color': c.background,
        'border-width': 1.5,
        'border-color': c.border,
        'z-index': 'data(z)',
        label: '',
      },
    },
    { selector: '.ring-eigen-netwerk', style: { 'background-color': c.extra.ringOwn } },
    { selector: '.ring-dichtbij', style: { 'background-color': c.extra.ringClose } },
    { selector: '.centre-disc', style: { 'background-color': c.surface } },
    { selector: '.anchor', style: { width: 1, height: 1, opacity: 0, 'z-index': 0 } },
    {
      selector: '.sector-line',
      style: { width: 1.5, 'line-color': c.border, 'line-style': 'solid', 'z-index': 5, 'curve-style': 'straight' },
    },
    {
      selector: '.ring-label, .sector-label',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-opacity': 0,
        label: 'data(label)',
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index': 6,
      },
    },
    { selector: '.ring-label', style: { 'font-size': 15, 'font-style': 'italic', color: c.text } },
    { selector: '.sector-label', style: { 'font-size': 18 } },
    ...(['informeel', 'zorg', 'welzijn', 'medisch'] as const).map((f) => ({
      selector: `.sector-label.field-${f}`,
      style: { color: c.fields[f] },
    })),
    {
      selector: '.relation',
      style: {
        width: 2.5,
        'line-color': c.text,
        'target-arrow-color': c.text,
        'source-arrow-color': c.text,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'curve-style': 'bezier',
        'z-index': 10,
        opacity: 0.85,
      },
    },
    { selector: '.relation.alone', style: { 'curve-style': 'straight' } },
    { selector: '.relation.mutual', style: { 'source-arrow-shape': 'triangle' } },
    { selector: '.relation.sterk', style: { width: 3.5, 'line-style': 'solid' } },
    { selector: '.relation.zwak', style: { width: 2, 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
    {
      selector: '.relation.moeizaam',
      style: {
        width: 4.5,
        'line-style': 'dashed',
        'line-dash-pattern': [0.5, 9],
        'line-cap': 'round',
        'line-color': c.extra.difficult,
        'target-arrow-color': c.extra.difficult,
        'source-arrow-color': c.extra.difficult,
      },
    },
    { selector: '.relation.onbekend', style: { width: 1.5 } },
    // What may be shared is a sign in the middle of the line, beside the line style of the strength: never colour.
    {
      selector: '.relation.sharing-alles-nodig',
      style: {
        'mid-target-arrow-shape': 'circle',
        'mid-target-arrow-fill': 'filled',
        'mid-target-arrow-color': c.text,
      },
    },
    {
      selector: '.relation.sharing-met-toestemming',
      style: {
        'mid-target-arrow-shape': 'diamond',
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': c.text,
      },
    },
    {
      selector: '.relation.sharing-niets-persoonlijk',
      style: { 'mid-target-arrow-shape': 'tee', 'mid-target-arrow-color': c.text, 'arrow-scale': 1.6 },
    },
    { selector: '.relation.faded', style: { opacity: 0.2 } },
    {
      selector: '.relation.chosen',
      style: {
        width: 5,
        'line-color': c.accent,
        'target-arrow-color': c.accent,
        'source-arrow-color': c.accent,
        opacity: 1,
      },
    },
    {
      selector: '.party',
      style: {
        shape: 'ellipse',
        width: 36,
        height: 36,
        'border-width': 2,
        'border-color': c.background,
        label: 'data(label)',
        'font-size': NAME_FONT_SIZE,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '112px',
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'round-rectangle',
        'z-index': 20,
      },
    },
    // A member's field: the same shape and colour as in <who-is-who>.
    ...fieldStyles(c),
    {
      selector: '.party.centre',
      style: { width: 36, height: 36, 'background-color': c.background, 'border-width': 5, 'border-color': c.text },
    },
    {
      selector: '.party.regiehouder',
      style: { 'border-width': 7, 'border-style': 'double', 'border-color': c.text, 'font-weight': 'bold' },
    },
    { selector: '.party.others', style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': c.text } },
    {
      selector: '.party.chosen',
      style: {
        'overlay-color': c.accent,
        'overlay-opacity': 0.25,
        'overlay-padding': 8,
        'overlay-shape': 'ellipse' as never,
      },
    },
    { selector: '.party.source', style: { 'overlay-color': c.accent, 'overlay-opacity': 0.4, 'overlay-padding': 10 } },
    ...(present
      ? [
          {
            selector: '.party',
            style: { 'font-size': PRESENT_FONT_SIZE, 'text-max-width': '150px', 'text-background-opacity': 1 },
          },
          { selector: '.ring-label', style: { 'font-size': PRESENT_FONT_SIZE } },
          { selector: '.sector-label', style: { 'font-size': PRESENT_FONT_SIZE + 2 } },
        ]
      : []),
  ] as StylesheetJson;
}
