import { SURVEY_SCALES, type SurveyKind } from '../../core/enums.ts';

/**
 * What each kind of survey asks and how its scale's ends read, in one place: the hosted page, the snippet and
 * the web app's form (pure, so the web app imports it). The end labels follow the standard wording of each
 * method (NPS: likelihood to recommend; CSAT: satisfaction; CES: ease).
 */
export type SurveyWording = {
  /** The question a new survey starts with. */
  question: string;
  /** The follow-up a new survey starts with (its answer is the comment). */
  followUp: string;
  /** What the lowest and highest scores mean; null for an open question. */
  low: string | null;
  high: string | null;
};

export const SURVEY_WORDING: Record<SurveyKind, SurveyWording> = {
  nps: {
    question: 'How likely are you to recommend {product} to a friend or colleague?',
    followUp: 'What is the main reason for your score?',
    low: 'Not at all likely',
    high: 'Extremely likely',
  },
  csat: {
    question: 'How satisfied are you with {product}?',
    followUp: 'What could we do better?',
    low: 'Very dissatisfied',
    high: 'Very satisfied',
  },
  ces: {
    question: 'How easy was it to get what you needed done with {product}?',
    followUp: 'What made it easy or hard?',
    low: 'Very difficult',
    high: 'Very easy',
  },
  open: {
    question: 'What is one thing we could do to make {product} better for you?',
    followUp: '',
    low: null,
    high: null,
  },
};

/** The default question of a kind, naming the product ("this product" when none is chosen yet). */
export const defaultQuestion = (kind: SurveyKind, productName?: string | null) =>
  SURVEY_WORDING[kind].question.replace('{product}', productName?.trim() || 'this product');

/** Every score a kind takes, lowest first; empty for an open question. */
export function scoresOf(kind: SurveyKind): number[] {
  const scale = SURVEY_SCALES[kind];
  if (!scale) return [];
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}

/** The thank-you shown when a survey names none. */
export const DEFAULT_THANK_YOU = 'Thank you for your answer.';
/** The comment box's label when a scored survey names no follow-up question. */
export const DEFAULT_FOLLOW_UP = 'Anything you would like to add?';
