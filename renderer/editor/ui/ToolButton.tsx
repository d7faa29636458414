import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { shortcutLabel } from './shortcuts';

interface Props {
  label: string;
  shortcut?: string;
  icon?: ReactNode;
  children?: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  testId?: string;
}

/** A toolbar button whose tooltip names the action and its keys; it never takes the focus from the text. */
export function ToolButton({ label, shortcut, icon, children, active, disabled, onClick, testId }: Props) {
  return (
    <Tooltip title={shortcut ? `${label} (${shortcutLabel(shortcut)})` : label} mouseEnterDelay={0.4}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active}
        className={active ? 'tool-button is-active' : 'tool-button'}
        disabled={disabled}
        data-testid={testId}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      >
        {children}
      </Button>
    </Tooltip>
  );
}
