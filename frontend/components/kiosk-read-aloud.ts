import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** The kiosk's read-aloud volume, 0..1, set by the server on the page (`data-speech-volume`, 0..100). */
function speechVolume(): number {
  const percent = Number(document.documentElement.dataset.speechVolume ?? '100');
  return Number.isFinite(percent) ? Math.min(Math.max(percent, 0), 100) / 100 : 1;
}

/** The speech language of the page: Vietnamese unless the resident switched to English. */
function pageSpeechLang(): string {
  return document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
}

function normalised(lang: string): string {
  return lang.replace('_', '-').toLowerCase();
}

/**
 * The voice for a language, or none when the browser has no voice of that language: Vietnamese read by an English
 * voice cannot be understood, so then nothing is said. A voice of the exact region first (vi-VN), then of the bare
 * language (espeak-ng's Northern Vietnamese is "vi", its Central and Southern ones "vi-VN-x-…"). espeak-ng lists each
 * voice again per timbre ("Vietnamese (Northern)+Adam"): the plain one is the clearest.
 */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (!('speechSynthesis' in window)) {
    return undefined;
  }
  const wanted = normalised(lang);
  const language = wanted.split('-')[0];
  const same = window.speechSynthesis.getVoices().filter((v) => normalised(v.lang).split('-')[0] === language);
  const plain = same.filter((v) => !v.name.includes('+'));
  return (
    plain.find((v) => normalised(v.lang) === wanted) ??
    plain.find((v) => normalised(v.lang) === language) ??
    plain[0] ??
    same[0]
  );
}

/** Says the text in the page's language at the kiosk's volume; false when there is no voice to say it with. */
export function say(text: string, onEnd?: () => void): boolean {
  const lang = pageSpeechLang();
  const voice = voiceFor(lang);
  if (!voice || speechVolume() === 0 || !text.trim()) {
    return false;
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.voice = voice;
  utterance.rate = 0.9;
  utterance.volume = speechVolume();
  if (onEnd) {
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
  }
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return true;
}

/**
 * Reads the text of another element aloud with the browser's speech synthesis (Web Speech API), in the page's
 * language. Residents who read slowly hear exactly what the screen shows. Hidden while the browser has no voice of the
 * page's language (a browser lists its voices a moment after the page loads; a kiosk's Chromium has none without
 * speech-dispatcher), so that no button is there that says nothing.
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

  private readonly voicesChanged = () => this.showWhenThereIsAVoice();

  /** Used by the server's spoken messages (Speech.say), so that they choose their voice the same way. */
  static say(text: string): boolean {
    return say(text);
  }

  connectedCallback() {
    super.connectedCallback();
    this.showWhenThereIsAVoice();
    if ('speechSynthesis' in window) {
      window.speechSynthesis.addEventListener('voiceschanged', this.voicesChanged);
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if ('speechSynthesis' in window) {
      window.speechSynthesis.removeEventListener('voiceschanged', this.voicesChanged);
    }
    if (this.speaking) {
      window.speechSynthesis.cancel();
    }
  }

  private showWhenThereIsAVoice() {
    this.hidden = speechVolume() === 0 || !voiceFor(pageSpeechLang());
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
    this.speaking = say(text, () => (this.speaking = false));
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
