import type { wordZhCN } from './word.zh-CN';

export const wordEn: typeof wordZhCN = {
  wordExport: {
    title: 'Export to Word',
    style: 'Style',
    styles: { standard: 'Standard', official: 'Official document (GB/T 9704)' },
    noOfficialEnglish: 'English documents have no official style: GB/T 9704 is for Chinese documents.',
    officialHelp: '22 lines of 28 characters a page, page numbers "— 1 —" on the outer side.',
    fonts: 'Fonts',
    fontChoices: { installed: 'FangSong / SimSun (on every Windows PC)', gb2312: 'FangSong_GB2312 / FZXiaoBiaoSong (installed separately)' },
    control: 'Copy',
    controlled: 'Controlled',
    uncontrolled: 'Uncontrolled',
    controlledHelp: 'Every controlled export is recorded as a distribution in the audit trail.',
    onlyEffectiveControlled: 'Only an effective revision can be issued as a controlled copy.',
    copyNumber: 'Copy number (optional)',
    draftNoPageNumbers: 'This revision is not effective yet: the cover and every page header say DRAFT, and the table of contents has no page numbers (they are worked out once, when it takes effect).',
    firstLayout: 'The first export of an effective revision works out the page numbers of its table of contents; this can take a few seconds.',
    ok: 'Export',
    done: 'Exported {{name}}',
    distributed: 'Exported {{name}} and recorded the distribution.',
  },
  jobs: {
    cancel: 'Cancel',
    cancelled: 'Cancelled.',
    stages: { start: 'Getting ready…', build: 'Building the document…', layout: 'Laying out the pages for the table of contents…', write: 'Writing the file…', read: 'Reading the file…', convert: 'Converting…', save: 'Saving…', units: 'Checking the units…', people: 'Checking the people…', positions: 'Checking the positions…' },
  },
};
