import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <Flex className="page-head" align="center" justify="space-between" gap={16} wrap>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={3}>{title}</Typography.Title>
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
