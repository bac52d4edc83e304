/** Whether the keyboard shortcut overlay is showing (opened by `?` or from Settings). */
class ShortcutOverlay {
  open = $state(false);

  show(): void {
    this.open = true;
  }

  hide(): void {
    this.open = false;
  }
}

export const shortcutOverlay = new ShortcutOverlay();
