import { Button, Drawer, type DrawerProps, Group, Modal, type ModalProps, Text } from '@mantine/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';

/**
 * Modals and drawers holding a form: nothing typed is lost to a stray Escape, close button or click outside.
 * Forms inside report unsaved input with useUnsavedChanges(form.isDirty()); closing then asks
 * "Discard changes?". Escape pressed inside an open popup (a date picker, a select's list, a menu) closes
 * only that popup.
 */

type Report = (id: string, dirty: boolean) => void;
const UnsavedContext = createContext<Report | null>(null);

/** A form inside a FormModal or FormDrawer says whether it holds unsaved input (no-op elsewhere). */
export function useUnsavedChanges(dirty: boolean) {
  const report = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    report?.(id, dirty);
  }, [report, id, dirty]);
  useEffect(() => () => report?.(id, false), [report, id]);
}

/** Whether an Escape key press belongs to a popup open inside the dialog rather than to the dialog. */
export function escapeBelongsToPopup(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  // Mantine marks the targets of open comboboxes and menus so; its own modal honours the same mark.
  if (target.closest('[data-mantine-stop-propagation="true"]')) return true;
  if (target.getAttribute('aria-expanded') === 'true') return true;
  // Inside a popup's own content (a calendar, a popover) rendered in a portal.
  if (target.closest('[data-dates-dropdown], .mantine-Popover-dropdown, .mantine-Combobox-dropdown'))
    return true;
  // A date input keeps the focus while its calendar is open and carries no mark: the open calendar tells.
  return Boolean(target.closest('[data-dates-input]') && document.querySelector('[data-dates-dropdown]'));
}

/** Open form dialogs, the last opened on top: Escape belongs to the top one only. */
const openDialogs: object[] = [];

function useDiscardGuard(opened: boolean, onClose: () => void, unsaved = false) {
  const dirty = useRef(new Set<string>());
  const [asking, setAsking] = useState(false);
  const report = useCallback<Report>((id, isDirty) => {
    if (isDirty) dirty.current.add(id);
    else dirty.current.delete(id);
  }, []);
  const requestClose = useCallback(() => {
    if (unsaved || dirty.current.size > 0) setAsking(true);
    else onClose();
  }, [onClose, unsaved]);
  useEffect(() => {
    if (!opened) setAsking(false);
  }, [opened]);
  const [token] = useState(() => ({}));
  useEffect(() => {
    if (!opened) return;
    openDialogs.push(token);
    return () => {
      openDialogs.splice(openDialogs.indexOf(token), 1);
    };
  }, [opened, token]);
  useEffect(() => {
    if (!opened || asking) return;
    // Capture phase: the page is seen as it was before the key (a calendar still open), as Mantine's own
    // modal does; the dialog's built-in Escape handling is off.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || escapeBelongsToPopup(event)) return;
      if (openDialogs[openDialogs.length - 1] !== token) return;
      requestClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [opened, asking, requestClose, token]);
  const confirm = (
    <Modal
      opened={asking}
      onClose={() => setAsking(false)}
      title="Discard changes?"
      size="sm"
      centered
      zIndex={400}
      withCloseButton={false}
    >
      <Text size="sm" mb="md">
        What you entered here has not been saved and will be lost.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" data-autofocus onClick={() => setAsking(false)}>
          Keep editing
        </Button>
        <Button
          color="red"
          onClick={() => {
            setAsking(false);
            dirty.current.clear();
            onClose();
          }}
        >
          Discard changes
        </Button>
      </Group>
    </Modal>
  );
  return { report, requestClose, confirm };
}

type Unsaved = {
  children?: ReactNode;
  /** Unsaved input held outside the dialog's forms (state of the component that renders the dialog). */
  unsaved?: boolean;
};

/** A Mantine Modal for a form: closing with unsaved input asks first. */
export function FormModal({ opened, onClose, children, unsaved, ...props }: ModalProps & Unsaved) {
  const guard = useDiscardGuard(opened, onClose, unsaved);
  return (
    <UnsavedContext.Provider value={guard.report}>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        {...props}
        opened={opened}
        onClose={guard.requestClose}
        closeOnEscape={false}
      >
        {children}
      </Modal>
      {guard.confirm}
    </UnsavedContext.Provider>
  );
}

/** A Mantine Drawer holding a form: closing with unsaved input asks first. */
export function FormDrawer({ opened, onClose, children, unsaved, ...props }: DrawerProps & Unsaved) {
  const guard = useDiscardGuard(opened, onClose, unsaved);
  return (
    <UnsavedContext.Provider value={guard.report}>
      <Drawer {...props} opened={opened} onClose={guard.requestClose} closeOnEscape={false}>
        {children}
      </Drawer>
      {guard.confirm}
    </UnsavedContext.Provider>
  );
}
