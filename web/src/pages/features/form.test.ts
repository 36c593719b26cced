import { describe, expect, it } from 'vitest';
import { toPatch, valuesOf } from './form';

const feature = {
  title: 'Scheduled email reports',
  asA: 'finance manager',
  iWant: 'a weekly email',
  soThat: 'we share numbers',
  description: '',
  acceptanceCriteria: ['Daily, weekly or monthly'],
  status: 'planned' as const,
  releaseId: null,
  effort: 5,
  personaId: null,
  ownerId: null,
  scoreInputs: { reach: 1800, impact: 2, confidence: 80 },
};

describe('feature form', () => {
  it('sends nothing when nothing changed', () => {
    expect(toPatch('rice', feature, valuesOf(feature))).toEqual({});
  });

  it('sends only the changed fields, trimmed, and drops empty criteria', () => {
    const v = {
      ...valuesOf(feature),
      title: ' Email reports ',
      acceptanceCriteria: ['Daily, weekly or monthly', ' '],
    };
    expect(toPatch('rice', feature, v)).toEqual({ title: 'Email reports' });
    expect(toPatch('rice', feature, { ...v, status: 'in_progress' })).toMatchObject({
      status: 'in_progress',
    });
  });

  it('replaces the model’s inputs and keeps the others', () => {
    const v = { ...valuesOf(feature), reach: 2000 as const, confidence: '' as const };
    expect(toPatch('rice', feature, v)).toEqual({ scoreInputs: { reach: 2000, impact: 2 } });
    const ice = { ...valuesOf(feature), impact: 8 as const, ease: 5 as const };
    expect(toPatch('ice', feature, ice).scoreInputs).toEqual({
      reach: 1800,
      impact: 8,
      confidence: 80,
      ease: 5,
    });
  });

  it('clears the effort to null', () => {
    expect(toPatch('rice', feature, { ...valuesOf(feature), effort: '' })).toEqual({ effort: null });
  });
});
