import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** The kiosk's read-aloud volume, 0..1, set by the server on the page (`data-speech-volume`, 0..100). */
function speechVolume(): number {
  const percent = Number(document.documentElement.dataset.speechVolume ?? '100');
  return Number.isFinite(percent) ? Math.min(Math.max(percent, 0), 100) / 100 : 1;
}

/**
 * Reads the text of another element aloud with the browser's speech synthesis (Web Speech API), in the page's
 * language. Residents who read slowly hear exactly what the screen shows. Hidden when the browser cannot speak.
 */
@customElement('kiosk-read-aloud')
export class KioskReadAloud extends LitElement {
  /** id of the element whose text is read */
  @property() target = '';
  @property() label = 'Nghe đọc';
  @property({ attribute: 'stop-label' }) stopLabel = 'Dừng đọc';
  @state() private speaking = false;

  static styles = css`
    :host { display: inline-flex; }
    :host([hidden]) { display: none; }
    button {
      display: inline-flex; align-items: center; gap: 0.5em;
      min-height: 64px; min-width: 64px; padding: 0 1.25em;
      font: inherit; font-size: var(--kiosk-font-size-button, 22px); font-weight: 600;
      color: var(--kiosk-on-accent, #fff); background: var(--kiosk-accent, #0b4a8b);
      border: 3px solid transparent; border-radius: 999px; cursor: pointer;
    }
    button:focus-visible { outline: 4px solid var(--kiosk-focus, #ffb300); outline-offset: 3px; }
    button[aria-pressed='true'] { background: var(--kiosk-accent-strong, #062c55); }
    svg { width: 28px; height: 28px; fill: currentColor; }
  `;

  connectedCallback() {
    super.connectedCallback();
    if (!('speechSynthesis' in window) || speechVolume() === 0) {
      this.hidden = true;
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this.speaking) {
      window.speechSynthesis.cancel();
    }
  }

  private toggle() {
    const synth = window.speechSynthesis;
    if (this.speaking) {
      synth.cancel();
      this.speaking = false;
      return;
    }
    const source = document.getElementById(this.target);
    const text = source?.innerText?.trim();
    if (!text) {
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    const lang = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
    utterance.lang = lang;
    const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith(lang.substring(0, 2)));
    if (voice) {
      utterance.voice = voice;
    }
    utterance.rate = 0.9;
    utterance.volume = speechVolume();
    utterance.onend = () => (this.speaking = false);
    utterance.onerror = () => (this.speaking = false);
    synth.cancel();
    synth.speak(utterance);
    this.speaking = true;
  }

  render() {
    return html`<button type="button" aria-pressed=${this.speaking ? 'true' : 'false'} @click=${this.toggle}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 9h4l6-5v16l-6-5H3z"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
      <span>${this.speaking ? this.stopLabel : this.label}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-read-aloud': KioskReadAloud;
  }
}
