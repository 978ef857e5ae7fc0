import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void };
}

/** One message at a time, announced to screen readers; an action (such as undo) stays 8 s. */
export function useToast() {
  const [message, setMessage] = useState<ToastMessage | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback((next: ToastMessage) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(undefined), next.action ? 8000 : 4000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const view = (
    <div class="toast-region" role="status" aria-live="polite">
      {message && (
        <div class="toast">
          <span>{message.text}</span>
          {message.action && (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                message.action?.run();
                setMessage(undefined);
              }}
            >
              {message.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
  return { show, view };
}
