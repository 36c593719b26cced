import { charCount, counter } from '../../components/CharCount';

/**
 * Length limits of messaging copy. The server enforces them (src/modules/positioning/messaging.ts,
 * COPY_LIMITS and PILLARS; the generated schema carries no maxLength), so the editor counts against the
 * same numbers and refuses to send copy the server would answer 400 to.
 */
export const COPY_LIMITS = {
  headline: 120,
  valueProposition: 500,
  pillarTitle: 120,
  pillarDescription: 500,
  proofPoint: 300,
  proofPoints: 10,
  boilerplateShort: 280,
  boilerplateMedium: 700,
  boilerplateLong: 2_000,
  elevatorPitch: 600,
} as const;

/** Approved messaging has 3–5 pillars, each with a proof point; drafts may hold fewer. */
export const PILLARS = { min: 3, max: 5 } as const;

export { charCount, counter };

type Pillar = { title: string; description: string; proofPoints: string[] };
export type CopyValues = {
  headline: string;
  valueProposition: string;
  pillars: Pillar[];
  boilerplateShort: string;
  boilerplateMedium: string;
  boilerplateLong: string;
  elevatorPitch: string;
};

const FIELD_LIMITS = {
  headline: COPY_LIMITS.headline,
  valueProposition: COPY_LIMITS.valueProposition,
  boilerplateShort: COPY_LIMITS.boilerplateShort,
  boilerplateMedium: COPY_LIMITS.boilerplateMedium,
  boilerplateLong: COPY_LIMITS.boilerplateLong,
  elevatorPitch: COPY_LIMITS.elevatorPitch,
} as const;

/** Paths of the fields over their limit (empty when the copy fits), e.g. `pillars.1.proofPoints.0`. */
export function overLimits(v: CopyValues): string[] {
  const over: string[] = [];
  for (const [key, limit] of Object.entries(FIELD_LIMITS))
    if (charCount(v[key as keyof typeof FIELD_LIMITS]) > limit) over.push(key);
  if (v.pillars.length > PILLARS.max) over.push('pillars');
  v.pillars.forEach((p, i) => {
    if (charCount(p.title) > COPY_LIMITS.pillarTitle) over.push(`pillars.${i}.title`);
    if (charCount(p.description) > COPY_LIMITS.pillarDescription) over.push(`pillars.${i}.description`);
    if (p.proofPoints.length > COPY_LIMITS.proofPoints) over.push(`pillars.${i}.proofPoints`);
    p.proofPoints.forEach((pp, j) => {
      if (charCount(pp) > COPY_LIMITS.proofPoint) over.push(`pillars.${i}.proofPoints.${j}`);
    });
  });
  return over;
}

/** Pillars as the server accepts them: titled, with blank proof points dropped. */
export const cleanPillars = (pillars: Pillar[]): Pillar[] =>
  pillars
    .map((p) => ({
      title: p.title.trim(),
      description: p.description.trim(),
      proofPoints: p.proofPoints.map((x) => x.trim()).filter(Boolean),
    }))
    .filter((p) => p.title || p.description || p.proofPoints.length);
