/** Error messages of the job runner (spread into MESSAGES). */
export const JOB_MESSAGES = {
  'jobs.cancelled': { 'zh-CN': '操作已取消，未作任何更改。', en: 'The operation was cancelled; nothing was changed.' },
  'jobs.failed': { 'zh-CN': '后台任务意外中止（{reason}），未作任何更改。', en: 'The background task stopped unexpectedly ({reason}); nothing was changed.' },
  'jobs.busy': { 'zh-CN': '后台任务过多，请稍后再试。', en: 'Too many background tasks are running; try again shortly.' },
} as const;
