/**
 * A part of the app whose code loads on first use (React.lazy): a quiet line where it will appear while it loads, and
 * a line saying it could not load (no network on a first visit) instead of taking the rest of the app down with it.
 */
import { Component, Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import './deferred.css';

/** React.lazy for a named export: `lazyNamed(() => import('./X.tsx').then((m) => m.X))`. */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().then((c) => ({ default: c })));
}

class LoadBoundary extends Component<{ failed: string | null; children: ReactNode }, { error: boolean }> {
  override state = { error: false };
  static getDerivedStateFromError() {
    return { error: true };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return this.props.failed === null ? null : (
      <p className="deferred-failed" role="alert">
        {this.props.failed}
      </p>
    );
  }
}

/**
 * Shows `pending` (e.g. "正在加载…") until the lazy `children` have loaded, and `failed` if they cannot; null for
 * either shows nothing (a part with nothing to say in its place, such as a map layer).
 */
export function Deferred({
  pending,
  failed,
  className,
  children,
}: {
  pending: string | null;
  failed: string | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <LoadBoundary failed={failed}>
      <Suspense
        fallback={
          pending === null ? null : (
            <p className={`deferred-pending${className ? ` ${className}` : ''}`} role="status">
              {pending}
            </p>
          )
        }
      >
        {children}
      </Suspense>
    </LoadBoundary>
  );
}
