import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <Flex className="page-head" align="center" justify="space-between" gap={16} wrap>
      <Flex align="baseline" gap={12} wrap>
        {/* A title of up to 200 characters shows two lines; the whole of it is in the tooltip and on the page. */}
        <Typography.Title level={3} ellipsis={{ rows: 2, tooltip: title }}>
          {title}
        </Typography.Title>
        {sub}
      </Flex>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
