import type { ChecklistResult, FindingGrade } from './report-data';

/** The grades and results as Chinese audit records name them (the exports are Chinese first). */
export const GRADES: readonly FindingGrade[] = ['major', 'minor', 'observation', 'improvement'];
export const RESULTS: readonly ChecklistResult[] = ['conform', 'nonconform', 'observation', 'improvement', 'na'];

export const GRADE_LABELS: Record<FindingGrade, string> = { major: '严重不符合', minor: '一般不符合', observation: '观察项', improvement: '改进机会' };
export const RESULT_LABELS: Record<ChecklistResult, string> = { conform: '符合', nonconform: '不符合', observation: '观察项', improvement: '改进机会', na: '不适用' };
/** One colour per grade, shared by the screens, the pictures and the Word charts. */
export const GRADE_COLORS: Record<FindingGrade, string> = { major: 'C00000', minor: 'ED7D31', observation: 'FFC000', improvement: '5B9BD5' };
export const MEETING_LABELS = { opening: '首次会议', closing: '末次会议' } as const;
export const SIGNATURE_LABELS = { prepared: '编制（审核组长）', approved: '批准（管理者代表）' } as const;
