import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

interface FlowServer {
  endVisit(): Promise<void>;
}

/**
 * Ends a visit nobody is using any more. After `idle-seconds` without a touch or key, a large countdown asks
 * whether the resident is still there (at least 20 s of warning, WCAG 2.2.1); any touch keeps the visit going.
 * At zero the browser's storage is cleared and the server ends the session, so the next resident finds nothing
 * of the previous one.
 */
@customElement('kiosk-idle-guard')
export class KioskIdleGuard extends LitElement {
  @property({ type: Number, attribute: 'idle-seconds' }) idleSeconds = 120;
  @property({ type: Number, attribute: 'warn-seconds' }) warnSeconds = 30;
  @property() question = 'Bạn còn ở đó không?';
  @property() explanation = 'Máy sẽ xoá thông tin và trở về trang đầu sau {0} giây.';
  @property({ attribute: 'stay-label' }) stayLabel = 'Tôi vẫn đang dùng';
  @state() private remaining = -1;

  private idleTimer?: number;
  private countdown?: number;
  $server?: FlowServer;

  private readonly activity = () => {
    if (this.remaining < 0) {
      this.restart();
    }
  };

  static styles = css`
    .backdrop {
      position: fixed; inset: 0; z-index: 1000; display: grid; place-items: center;
      background: rgba(6, 20, 40, 0.7);
    }
    .dialog {
      max-width: 760px; margin: 24px; padding: 40px; border-radius: 28px; background: #fff; color: #111827;
      text-align: center; font-size: 26px; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.4);
    }
    h2 { margin: 0 0 16px; font-size: 44px; }
    .seconds { display: block; margin: 16px 0 24px; font-size: 96px; font-weight: 800; color: #0b4a8b; }
    button {
      min-height: 88px; min-width: 64px; padding: 0 48px; border: none; border-radius: 999px;
      background: #0b4a8b; color: #fff; font: inherit; font-size: 32px; font-weight: 800; cursor: pointer;
    }
    button:focus-visible { outline: 4px solid #ffb300; outline-offset: 4px; }
  `;

  connectedCallback() {
    super.connectedCallback();
    for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input']) {
      document.addEventListener(type, this.activity, { capture: true, passive: true });
    }
    this.restart();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input']) {
      document.removeEventListener(type, this.activity, { capture: true });
    }
    this.stopTimers();
  }

  private stopTimers() {
    window.clearTimeout(this.idleTimer);
    window.clearInterval(this.countdown);
  }

  private restart() {
    this.stopTimers();
    this.remaining = -1;
    const quiet = Math.max(1, this.idleSeconds - this.warnSeconds);
    this.idleTimer = window.setTimeout(() => this.warn(), quiet * 1000);
  }

  private warn() {
    this.remaining = this.warnSeconds;
    this.countdown = window.setInterval(() => {
      this.remaining -= 1;
      if (this.remaining <= 0) {
        this.end();
      }
    }, 1000);
    this.updateComplete.then(() => this.renderRoot.querySelector('button')?.focus());
  }

  private end() {
    this.stopTimers();
    try {
      window.localStorage.clear();
      window.sessionStorage.clear();
    } catch {
      // storage may be disabled: nothing to clear
    }
    window.speechSynthesis?.cancel();
    this.$server?.endVisit();
  }

  render() {
    if (this.remaining < 0) {
      return html``;
    }
    return html`<div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="q" aria-describedby="d">
        <h2 id="q">${this.question}</h2>
        <p id="d">${this.explanation.replace('{0}', String(this.remaining))}</p>
        <span class="seconds" aria-hidden="true">${this.remaining}</span>
        <button type="button" id="stay" @click=${() => this.restart()}>${this.stayLabel}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-idle-guard': KioskIdleGuard;
  }
}
