import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * An on-screen keyboard for kiosks, which have a touch screen and no keyboard. Letters without accents are enough:
 * searches fold accents away. Types into the Vaadin text field named by `for` (or, without `for`, the text field
 * the resident touched last), setting its value so that the
 * server sees the change as if typed. Starts open on tall screens (kiosks) and closed on tablets, which have a
 * keyboard of their own.
 */
@customElement('kiosk-keyboard')
export class KioskKeyboard extends LitElement {
  @property() for = '';
  @property({ attribute: 'show-label' }) showLabel = 'Hiện bàn phím';
  @property({ attribute: 'hide-label' }) hideLabel = 'Ẩn bàn phím';
  @property({ attribute: 'space-label' }) spaceLabel = 'Dấu cách';
  @property({ attribute: 'delete-label' }) deleteLabel = 'Xoá';
  @property() label = 'Bàn phím';
  @state() private open = window.matchMedia('(min-height: 1000px)').matches;

  private static readonly ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

  static styles = css`
    :host { display: block; margin: 16px 0; }
    .toggle, .key {
      min-height: 64px; min-width: 64px; font: inherit; font-weight: 700; cursor: pointer;
      border-radius: 14px; border: 2px solid var(--kiosk-accent, #0b4a8b);
      background: #fff; color: var(--kiosk-accent-strong, #062c55);
    }
    .toggle { padding: 0 24px; font-size: 22px; border-radius: 999px; }
    .keys { display: grid; gap: 10px; margin-top: 12px; padding: 14px; border-radius: 20px; background: #dfe6ef; }
    .row { display: flex; justify-content: center; gap: 10px; }
    .key { flex: 0 1 88px; font-size: 30px; text-transform: uppercase; box-shadow: 0 3px 0 rgba(6, 44, 85, 0.3); }
    .key:active { transform: translateY(2px); box-shadow: none; background: #e8f0fa; }
    .wide { flex: 0 1 360px; font-size: 24px; text-transform: none; }
    .action { flex: 0 1 160px; font-size: 24px; text-transform: none; }
    button:focus-visible { outline: 4px solid var(--kiosk-focus, #ffb300); outline-offset: 3px; }
  `;

  /** the text field last touched, when no `for` is given: one keyboard serves a whole form */
  private lastField: (HTMLElement & { value: string }) | null = null;
  private readonly track = (e: FocusEvent) => {
    const field = (e.target as HTMLElement | null)?.closest?.('vaadin-text-field, vaadin-text-area');
    if (field) {
      this.lastField = field as HTMLElement & { value: string };
    }
  };

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('focusin', this.track);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.track);
  }

  private field(): (HTMLElement & { value: string }) | null {
    if (this.for) {
      return document.getElementById(this.for) as (HTMLElement & { value: string }) | null;
    }
    return this.lastField;
  }

  private type(text: string) {
    const field = this.field();
    if (field) {
      this.setValue(field, (field.value ?? '') + text);
    }
  }

  private erase() {
    const field = this.field();
    if (field && field.value) {
      this.setValue(field, field.value.slice(0, -1));
    }
  }

  /** Sets the value and tells whoever listens (Vaadin's value sync) as a keystroke would. */
  private setValue(field: HTMLElement & { value: string }, value: string) {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  render() {
    return html`
      <button class="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'}
              @click=${() => (this.open = !this.open)}>${this.open ? this.hideLabel : this.showLabel}</button>
      ${this.open
        ? html`<div class="keys" role="group" aria-label=${this.label}>
            ${KioskKeyboard.ROWS.map(
              (row) => html`<div class="row">
                ${[...row].map((k) => html`<button class="key" type="button" @click=${() => this.type(k)}>${k}</button>`)}
              </div>`
            )}
            <div class="row">
              <button class="key wide" type="button" @click=${() => this.type(' ')}>${this.spaceLabel}</button>
              <button class="key action" type="button" @click=${() => this.erase()}>⌫ ${this.deleteLabel}</button>
            </div>
          </div>`
        : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-keyboard': KioskKeyboard;
  }
}
