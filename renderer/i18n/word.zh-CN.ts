/** Strings of the Word export dialog and the job progress (wired into zh-CN.ts with one line). */
export const wordZhCN = {
  wordExport: {
    title: '导出 Word',
    style: '格式',
    styles: { standard: '普通格式', official: '公文格式（GB/T 9704）' },
    noOfficialEnglish: '英文文件没有公文格式：GB/T 9704 只适用于中文公文。',
    officialHelp: '每页 22 行、每行 28 字，页码“— 1 —”在外侧。',
    fonts: '字体',
    fontChoices: { installed: '仿宋 / 宋体（Windows 自带）', gb2312: '仿宋_GB2312 / 方正小标宋简体（需另行安装）' },
    control: '受控状态',
    controlled: '受控',
    uncontrolled: '非受控',
    controlledHelp: '受控文件的每次导出都记入发放记录（审计日志）。',
    onlyEffectiveControlled: '只有现行有效的修订可以作为受控文件发放。',
    copyNumber: '发放号（可选）',
    draftNoPageNumbers: '此修订尚未生效：封面和每页页眉标注“草稿”，目录不含页码（生效后计算一次并保存）。',
    firstLayout: '首次导出生效版本时需计算目录页码，可能需要数秒。',
    ok: '导出',
    done: '已导出 {{name}}',
    distributed: '已导出 {{name}}，并记入发放记录。',
  },
  jobs: {
    cancel: '取消',
    cancelled: '已取消。',
    stages: { start: '正在准备…', build: '正在生成文档…', layout: '正在排版并计算目录页码…', write: '正在写入文件…', read: '正在读取文件…', convert: '正在转换内容…', save: '正在保存…', units: '正在核对单位…', people: '正在核对人员…', positions: '正在核对岗位…' },
  },
};
