import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { usePlanEditable } from '../store/planContext';
import { requestFocusAfterMove, useFocusAfterMove } from './focusAfterMove';
import './moveMenu.css';

export interface MoveOption {
  key: string;
  label: string;
  /** The place it is now: shown checked, and choosing it does nothing. */
  current: boolean;
  choose: () => void;
}

export interface MoveOptionGroup {
  label: string;
  options: MoveOption[];
}

interface MoveMenuProps {
  /** Visible text of the button, e.g. "Move to…". */
  text: string;
  /** Added for screen readers after the visible text, naming what moves ("Norfolk"). */
  subject: string;
  /** Built only when the menu opens, so a closed menu costs a board of hundreds of cards nothing. */
  groups: () => MoveOptionGroup[];
  /** Why it cannot move, if it cannot: the button is then disabled and the reason is shown. */
  disabledReason?: string | null;
  /** Names this button across a move, so focus follows it into its new column. */
  focusKey: string;
}

/**
 * The way to move without dragging (WCAG 2.2 2.5.7): a menu button in the ARIA APG pattern.
 * Arrow keys, Home and End move through the choices, Enter or Space picks one, Escape closes
 * and returns focus to the button. Not shown while the plan is read-only, as every move changes it.
 */
export function MoveMenu({ text, subject, groups, disabledReason, focusKey }: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const menuId = `${id}-menu`;
  const reasonId = `${id}-reason`;
  const editable = usePlanEditable();
  useFocusAfterMove(focusKey, buttonRef);

  useEffect(() => {
    if (!open) return undefined;
    const items = menuItems(menuRef.current);
    (items.find((item) => item.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  if (!editable) return null;
  if (disabledReason) {
    return (
      <div className="move-menu">
        <button
          type="button"
          className="button button--secondary move-menu__button"
          disabled
          aria-describedby={reasonId}
        >
          {text}
          <span className="visually-hidden"> ({subject})</span>
        </button>
        <p id={reasonId} className="move-menu__reason">
          {disabledReason}
        </p>
      </div>
    );
  }

  return (
    <div className="move-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary move-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {text}
        <span className="visually-hidden"> ({subject})</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Move ${subject} to`}
          className="move-menu__menu"
          onKeyDown={onMenuKeyDown}
        >
          {groups().map((group) => (
            <div key={group.label} role="group" aria-label={group.label} className="move-menu__group">
              <p className="move-menu__group-label" aria-hidden="true">
                {group.label}
              </p>
              <div className="move-menu__options">
                {group.options.map((option) => (
                  <button
                    key={option.key}
                    type="button"
                    role="menuitemradio"
                    aria-checked={option.current}
                    tabIndex={-1}
                    className="move-menu__option"
                    onClick={() => {
                      close(true);
                      if (option.current) return;
                      requestFocusAfterMove(focusKey);
                      option.choose();
                    }}
                  >
                    {option.label}
                  </button>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')] : [];
}
