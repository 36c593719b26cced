import { JOURNEY_STAGES, type JourneyStage } from '../../core/enums.ts';

/*
 * The rule a touchpoint journey keeps: its stages never go backwards (awareness → consideration →
 * conversion → retention; several steps may share a stage). Pure and free of server dependencies, so the
 * web app bundles this same module and refuses a drag the server would refuse, before it is sent.
 */

/** Where a journey first goes backwards: the step (0-based) whose stage comes before the previous step's. */
export type StageBreak = { index: number; stage: JourneyStage; previous: JourneyStage };

const RANK = new Map<JourneyStage, number>(JOURNEY_STAGES.map((s, i) => [s, i]));

/** The first step of a journey (stages in step order) that goes back a stage, or null when it runs forward. */
export function stageOrderBreak(stages: readonly JourneyStage[]): StageBreak | null {
  for (let i = 1; i < stages.length; i++) {
    const previous = stages[i - 1]!;
    const stage = stages[i]!;
    if (RANK.get(stage)! < RANK.get(previous)!) return { index: i, stage, previous };
  }
  return null;
}

/** Whether steps in this order keep the rule. */
export const runsForward = (stages: readonly JourneyStage[]): boolean => stageOrderBreak(stages) === null;
