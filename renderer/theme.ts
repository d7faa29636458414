import type { ThemeConfig } from 'antd';

/** Chinese system fonts first on each platform, so text never falls back to a mismatched face. */
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
].join(', ');

export const theme: ThemeConfig = {
  token: { colorPrimary: '#1d5fbf', fontFamily: FONT_FAMILY, borderRadius: 6 },
  components: { Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 24px' } },
};
