import { band } from '../../../../src/modules/surveys/scores.ts';
import type { Band, SurveyKind } from './api';

/** The surveys area's words: kinds, bands, how a score reads (the maths stays in src/modules/surveys/scores.ts). */

export const KIND_LABEL: Record<SurveyKind, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  open: 'Open question',
};

export const KIND_HINT: Record<SurveyKind, string> = {
  nps: 'Net Promoter Score: 0–10, how likely to recommend',
  csat: 'Customer satisfaction: 1–5',
  ces: 'Customer effort: 1–7, how easy',
  open: 'A question answered in words, no score',
};

/** What the three bands are called for a kind (NPS names them; CSAT and CES say satisfied / easy). */
export function bandLabels(kind: SurveyKind): Record<Band, string> {
  if (kind === 'nps') return { promoter: 'Promoters', passive: 'Passives', detractor: 'Detractors' };
  if (kind === 'ces') return { promoter: 'Easy', passive: 'Neutral', detractor: 'Difficult' };
  return { promoter: 'Satisfied', passive: 'Neutral', detractor: 'Dissatisfied' };
}

export const BAND_COLOR: Record<Band, string> = { promoter: 'teal', passive: 'gray', detractor: 'red' };

/** The band of one answer's score. */
export function bandOf(kind: SurveyKind, score: number): Band {
  const b = band(kind, score);
  return b === 1 ? 'promoter' : b === 0 ? 'passive' : 'detractor';
}

/** The headline as people read it: NPS signed (+32, −5), CSAT and CES as a share (78 %). */
export function formatScore(kind: SurveyKind, score: number | null | undefined): string {
  if (score == null || kind === 'open') return '—';
  const rounded = Math.round(score);
  if (kind === 'nps') return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
  return `${rounded} %`;
}

/** What the headline measures, beside the figure. */
export const SCORE_NAME: Record<SurveyKind, string> = {
  nps: 'NPS',
  csat: 'CSAT (satisfied)',
  ces: 'CES (easy)',
  open: 'Answers',
};

export const CHANNEL_LABEL = {
  page: 'Hosted page',
  snippet: 'Snippet',
  api: 'API',
  posthog: 'PostHog',
} as const;
