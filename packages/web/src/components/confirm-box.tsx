import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

interface ConfirmBoxProps {
  readonly title: string;
  readonly children: ComponentChildren;
  readonly confirm: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** For what cannot be undone: a red box and a red button. */
  readonly danger?: boolean;
  readonly busy?: boolean;
}

/** "Are you sure?" in the page, not a browser dialog: its question takes the focus when it opens. */
export function ConfirmBox({
  title,
  children,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  danger,
  busy,
}: ConfirmBoxProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class={danger ? "box confirm-box danger-box" : "box confirm-box"}>
      <h3 tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {children}
      <div class="actions">
        <button type="button" class={danger ? "danger" : "primary"} disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
