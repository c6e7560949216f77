'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

// Static class names per breakpoint (Tailwind only sees whole class strings).
const BREAKPOINTS = {
  md: { button: 'md:hidden', closed: 'hidden md:block', open: 'block' },
  lg: { button: 'lg:hidden', closed: 'hidden lg:block', open: 'block' },
} as const;

/**
 * A disclosure for small screens: below the breakpoint a button (aria-expanded, aria-controls)
 * shows or hides the panel; from the breakpoint up the panel is always shown and the button is gone.
 * Escape closes it and returns focus to the button; a navigation closes it.
 */
export function CollapsiblePanel({
  label,
  openFrom,
  buttonClassName = '',
  panelClassName = '',
  children,
}: {
  label: ReactNode;
  openFrom: keyof typeof BREAKPOINTS;
  buttonClassName?: string;
  panelClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const classes = BREAKPOINTS[openFrom];

  // A link inside was followed: the panel has done its job.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className={`${classes.button} ${buttonClassName}`}
      >
        {label}
      </button>
      <div id={id} className={`${open ? classes.open : classes.closed} ${panelClassName}`}>
        {children}
      </div>
    </>
  );
}
