/**
 * The rating matrix: likelihood × impact, each 1–5; the score falls in a band by the upper limits set in
 * settings (low up to `low`, medium up to `medium`, high above).
 */
export interface RiskMatrix {
  low: number;
  medium: number;
}
export const DEFAULT_MATRIX: RiskMatrix = { low: 4, medium: 12 };
export type RiskLevel = 'low' | 'medium' | 'high';
export const riskLevel = (m: RiskMatrix, likelihood: number, impact: number): RiskLevel => {
  const score = likelihood * impact;
  return score <= m.low ? 'low' : score <= m.medium ? 'medium' : 'high';
};
