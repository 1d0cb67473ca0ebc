import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { eraseLast, telexKey, toneLastWord, typeKey, type Tone } from './vietnamese-typing';

/**
 * An on-screen keyboard for kiosks, which have a touch screen and no keyboard. Types Vietnamese by touch: letters,
 * the letters with marks (ă â ê ô ơ ư đ; pressed after a word they mark the letter already in it, "nguyen" + ê →
 * "nguyên"), and tone keys that put the tone on the right vowel of the word just typed ("hoa" + huyền → "hoà", see
 * vietnamese-typing.ts for the rules); pressing another tone replaces it. Shift makes the next letter a capital; Telex
 * can be switched on for those who type that way. Accents stay optional: searches fold them away.
 *
 * A field that takes only digits (inputmode numeric or tel: an ID number, the last four digits, a phone number) gets
 * a number pad instead: ten big keys in the order of a phone's, and Delete.
 *
 * Types into the Vaadin text field named by `for` (or, without `for`, the text field the resident touched last),
 * setting its value, always in Unicode NFC, so that the server sees the change as if typed. Starts open on tall
 * screens (kiosks) and closed on tablets, which have a keyboard of their own. Every label comes from the server's
 * translations, through attributes.
 */
@customElement('kiosk-keyboard')
export class KioskKeyboard extends LitElement {
  @property() for = '';
  @property({ attribute: 'show-label' }) showLabel = 'Hiện bàn phím';
  @property({ attribute: 'hide-label' }) hideLabel = 'Ẩn bàn phím';
  @property({ attribute: 'space-label' }) spaceLabel = 'Dấu cách';
  @property({ attribute: 'delete-label' }) deleteLabel = 'Xoá';
  @property({ attribute: 'shift-label' }) shiftLabel = 'Chữ hoa';
  @property({ attribute: 'telex-label' }) telexLabel = 'Gõ Telex';
  @property({ attribute: 'marks-label' }) marksLabel = 'Chữ có dấu';
  @property({ attribute: 'tones-label' }) tonesLabel = 'Dấu thanh';
  @property({ attribute: 'tones-hint' }) tonesHint = 'Gõ xong chữ, rồi bấm dấu thanh';
  @property({ attribute: 'tone-none-label' }) toneNoneLabel = 'không dấu';
  @property({ attribute: 'tone-acute-label' }) toneAcuteLabel = 'dấu sắc';
  @property({ attribute: 'tone-grave-label' }) toneGraveLabel = 'dấu huyền';
  @property({ attribute: 'tone-hook-label' }) toneHookLabel = 'dấu hỏi';
  @property({ attribute: 'tone-tilde-label' }) toneTildeLabel = 'dấu ngã';
  @property({ attribute: 'tone-dot-label' }) toneDotLabel = 'dấu nặng';
  @property() label = 'Bàn phím';
  @state() private open = window.matchMedia('(min-height: 1000px)').matches;
  /** the next letter is a capital */
  @state() private shift = false;
  @state() private telex = false;
  @state() private compact = KioskKeyboard.COMPACT.matches;
  private readonly relayout = () => (this.compact = KioskKeyboard.COMPACT.matches);

  /** same query as the compact styles below */
  private static readonly COMPACT = window.matchMedia('(orientation: landscape) and (max-height: 1100px)');
  private static readonly ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
  private static readonly MARKED = 'ăâêôơưđ';
  /** each tone key shows the tone on "a" */
  private static readonly TONES: { tone: Tone; shows: string }[] = [
    { tone: 'none', shows: 'a' },
    { tone: 'acute', shows: 'á' },
    { tone: 'grave', shows: 'à' },
    { tone: 'hook', shows: 'ả' },
    { tone: 'tilde', shows: 'ã' },
    { tone: 'dot', shows: 'ạ' }
  ];

  static styles = css`
    :host { display: block; margin: 16px 0; }
    .toggle, .key {
      min-height: 64px; min-width: 64px; font: inherit; font-weight: 700; cursor: pointer;
      border-radius: 14px; border: 2px solid var(--kiosk-accent, #0b4a8b);
      background: #fff; color: var(--kiosk-accent-strong, #062c55);
    }
    .top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; }
    .toggle { padding: 0 24px; font-size: 22px; border-radius: 999px; }
    .keys { display: grid; gap: 10px; margin-top: 12px; padding: 14px; border-radius: 20px; background: #dfe6ef; }
    .row { display: flex; justify-content: center; gap: 10px; }
    .key { flex: 0 1 88px; font-size: 30px; line-height: 1.1; box-shadow: 0 3px 0 rgba(6, 44, 85, 0.3); }
    .key:active { transform: translateY(2px); box-shadow: none; background: #e8f0fa; }
    .marked { background: #fff8e1; }
    .tone, .labelled { display: inline-flex; flex-direction: column; align-items: center; justify-content: center;
      padding: 4px 6px; }
    .tone { flex: 0 1 150px; min-height: 84px; background: #fff8e1; }
    .glyph { font-size: 34px; line-height: 1.05; }
    .caption { font-size: 20px; font-weight: 600; line-height: 1.2; }
    .shift { flex: 0 1 150px; }
    .key[aria-pressed='true'] { background: var(--kiosk-accent-strong, #062c55); color: #fff; }
    .wide { flex: 0 1 360px; font-size: 24px; }
    .action { flex: 0 1 160px; font-size: 24px; }
    .hint { margin: 4px 0 0; text-align: center; font-size: 20px; font-weight: 600;
      color: var(--kiosk-text, #111827); }
    button:focus-visible { outline: 4px solid var(--kiosk-focus, #ffb300); outline-offset: 3px; }
    /* the number pad: three columns of big keys, like a phone's */
    .pad { max-width: 480px; }
    .pad .key.digit, .pad .digit-gap { flex: 0 1 140px; min-height: 80px; }
    .pad .key.digit { font-size: 36px; }
    .pad .key.digit.action { font-size: 22px; }
    /* tablets and landscape kiosks: the field and the whole keyboard fit on the screen (see COMPACT) */
    @media (orientation: landscape) and (max-height: 1100px) {
      .keys, .row { gap: 8px; }
      .keys { margin-top: 8px; padding: 10px; }
      /* a group of keys shares its row with other keys: sized by its keys' widths */
      .row > .row { flex: 0 1 auto; }
      .row > .row > .key { flex: 0 1 auto; }
      .marked { width: 80px; }
      .tone { width: 136px; min-height: 64px; padding: 2px 6px; }
      .glyph { font-size: 28px; }
      .wide { flex-basis: 280px; }
    }
  `;

  /** the text field last touched, when no `for` is given: one keyboard serves a whole form */
  @state() private lastField: (HTMLElement & { value: string }) | null = null;
  private readonly track = (e: FocusEvent) => {
    const field = (e.target as HTMLElement | null)?.closest?.('vaadin-text-field, vaadin-text-area');
    if (field) {
      this.lastField = field as HTMLElement & { value: string };
    }
  };

  private static readonly PAD = ['123', '456', '789'];

  /** the field takes digits only: the number pad serves it better than letters */
  private digitsOnly(): boolean {
    const mode = this.field()?.getAttribute('inputmode');
    return mode === 'numeric' || mode === 'tel' || mode === 'decimal';
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('focusin', this.track);
    KioskKeyboard.COMPACT.addEventListener('change', this.relayout);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.track);
    KioskKeyboard.COMPACT.removeEventListener('change', this.relayout);
  }

  private field(): (HTMLElement & { value: string }) | null {
    if (this.for) {
      return document.getElementById(this.for) as (HTMLElement & { value: string }) | null;
    }
    return this.lastField;
  }

  /** Changes the field's text with one of the typing rules, the result always NFC. */
  private edit(change: (text: string) => string) {
    const field = this.field();
    if (field) {
      const before = field.value ?? '';
      const after = change(before).normalize('NFC');
      // a value set by script passes the field's maxlength: the keys stop where typing would
      const max = Number((field as { maxlength?: number }).maxlength ?? field.getAttribute('maxlength'));
      if (max > 0 && after.length > max && after.length > before.length) {
        return;
      }
      if (after !== before) {
        this.setValue(field, after);
      }
    }
  }

  private letter(key: string) {
    const typed = this.shift ? key.toUpperCase() : key;
    this.shift = false;
    this.edit((text) => (this.telex ? telexKey(text, typed) : typeKey(text, typed)));
  }

  /** Sets the value and tells whoever listens (Vaadin's value sync) as a keystroke would. */
  private setValue(field: HTMLElement & { value: string }, value: string) {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private toneLabel(tone: Tone): string {
    return {
      none: this.toneNoneLabel,
      acute: this.toneAcuteLabel,
      grave: this.toneGraveLabel,
      hook: this.toneHookLabel,
      tilde: this.toneTildeLabel,
      dot: this.toneDotLabel
    }[tone];
  }

  private shown(key: string): string {
    return this.shift ? key.toUpperCase() : key;
  }

  /** digits, letters and Shift: the same on every screen */
  private letterRows() {
    return KioskKeyboard.ROWS.map(
      (row, r) => html`<div class="row">
        ${r === 3
          ? html`<button class="key shift labelled" type="button" aria-pressed=${this.shift ? 'true' : 'false'}
                         @click=${() => (this.shift = !this.shift)}>
              <span class="glyph" aria-hidden="true">⇧</span><span class="caption">${this.shiftLabel}</span>
            </button>`
          : ''}
        ${[...row].map((k) => html`<button class="key" type="button" @click=${() => this.letter(k)}>${this.shown(k)}</button>`)}
      </div>`
    );
  }

  private marks() {
    return html`<div class="row" role="group" aria-label=${this.marksLabel}>
      ${[...KioskKeyboard.MARKED].map(
        (k) => html`<button class="key marked" type="button" @click=${() => this.letter(k)}>${this.shown(k)}</button>`
      )}
    </div>`;
  }

  private tones() {
    return html`<div class="row" role="group" aria-label=${this.tonesLabel}>
      ${KioskKeyboard.TONES.map(
        ({ tone, shows }) => html`<button class="key tone" type="button"
                @click=${() => this.edit((text) => toneLastWord(text, tone))}>
            <span class="glyph" aria-hidden="true">${shows}</span><span class="caption">${this.toneLabel(tone)}</span>
          </button>`
      )}
    </div>`;
  }

  private telexToggle() {
    return html`<button class="key action" type="button" aria-pressed=${this.telex ? 'true' : 'false'}
                        @click=${() => (this.telex = !this.telex)}>${this.telexLabel}</button>`;
  }

  private spaceAndDelete() {
    return html`<button class="key wide" type="button" @click=${() => this.edit((text) => typeKey(text, ' '))}>${this.spaceLabel}</button>
      <button class="key action" type="button" @click=${() => this.edit((text) => eraseLast(text))}>⌫ ${this.deleteLabel}</button>`;
  }

  private hint() {
    return html`<p class="hint">${this.tonesHint}</p>`;
  }

  private digit(key: string) {
    this.edit((text) => text + key);
  }

  private numberPad() {
    return html`${KioskKeyboard.PAD.map(
        (row) => html`<div class="row">
          ${[...row].map((k) => html`<button class="key digit" type="button" @click=${() => this.digit(k)}>${k}</button>`)}
        </div>`
      )}
      <div class="row">
        <span class="digit-gap" aria-hidden="true"></span>
        <button class="key digit" type="button" @click=${() => this.digit('0')}>0</button>
        <button class="key digit action" type="button" @click=${() => this.edit((text) => eraseLast(text))}>⌫ ${this.deleteLabel}</button>
      </div>`;
  }

  render() {
    if (this.digitsOnly()) {
      return html`
        <div class="top">
          <button class="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'}
                  @click=${() => (this.open = !this.open)}>${this.open ? this.hideLabel : this.showLabel}</button>
        </div>
        ${this.open ? html`<div class="keys pad" role="group" aria-label=${this.label}>${this.numberPad()}</div>` : ''}
      `;
    }
    // on a wide, low screen (tablet, landscape kiosk) two rows fewer, so that the field and all keys fit
    const keys = this.compact
      ? html`${this.letterRows()}
          <div class="row">${this.marks()}${this.spaceAndDelete()}</div>
          <div class="row">${this.tones()}${this.telexToggle()}</div>`
      : html`${this.letterRows()}${this.marks()}${this.hint()}${this.tones()}
          <div class="row">${this.telexToggle()}${this.spaceAndDelete()}</div>`;
    return html`
      <div class="top">
        <button class="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'}
                @click=${() => (this.open = !this.open)}>${this.open ? this.hideLabel : this.showLabel}</button>
        ${this.open && this.compact ? this.hint() : ''}
      </div>
      ${this.open ? html`<div class="keys" role="group" aria-label=${this.label}>${keys}</div>` : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-keyboard': KioskKeyboard;
  }
}
