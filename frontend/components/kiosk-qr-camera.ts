import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

interface FlowServer {
  frame(dataUrl: string): Promise<string>;
  cameraFailed(reason: string): Promise<void>;
}

/**
 * Scans a QR code with the device's own camera (tablet, phone, or a kiosk's webcam through the browser): a live
 * preview with a framing guide, and a downscaled JPEG frame sent to the server a few times a second. The server
 * decodes (ZXing) and answers "more" (keep going), or "stop" (it has what it needs or wants the resident to act).
 * Only one frame is in flight at a time, so a slow network never queues frames up.
 */
@customElement('kiosk-qr-camera')
export class KioskQrCamera extends LitElement {
  /** longest side of a frame sent to the server, in pixels */
  @property({ type: Number, attribute: 'max-side' }) maxSide = 960;
  /** pause between two frames, in milliseconds */
  @property({ type: Number }) interval = 300;
  @property({ attribute: 'guide-label' }) guideLabel = '';
  @state() private running = false;
  @query('video') private video!: HTMLVideoElement;

  private stream?: MediaStream;
  private timer?: number;
  private canvas = document.createElement('canvas');
  $server?: FlowServer;

  static styles = css`
    :host { display: block; position: relative; width: 100%; max-width: 960px; margin: 0 auto; }
    .frame { position: relative; width: 100%; aspect-ratio: 4 / 3; background: #111; border-radius: 20px; overflow: hidden; }
    video { width: 100%; height: 100%; object-fit: cover; display: block; }
    .guide {
      position: absolute; inset: 18% 22%; border: 6px solid #ffd54f; border-radius: 18px;
      box-shadow: 0 0 0 2000px rgba(0, 0, 0, 0.35);
    }
    .label {
      position: absolute; left: 0; right: 0; bottom: 12px; text-align: center; color: #fff;
      font-size: 22px; font-weight: 700; text-shadow: 0 1px 3px #000;
    }
  `;

  firstUpdated(_: PropertyValues) {
    this.start();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  private async start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      this.$server?.cameraFailed('unsupported');
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : 'error';
      this.$server?.cameraFailed(name);
      return;
    }
    if (!this.isConnected) {
      // the resident left the screen (or the visit ended) while the camera was starting: release it at once
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this.stream = stream;
    this.video.srcObject = this.stream;
    await this.video.play().catch(() => undefined);
    this.running = true;
    this.schedule();
  }

  /** Releases the camera: the light on the tablet goes off. */
  stop() {
    this.running = false;
    if (this.timer) {
      window.clearTimeout(this.timer);
    }
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
  }

  private schedule() {
    if (this.running) {
      this.timer = window.setTimeout(() => this.send(), this.interval);
    }
  }

  private async send() {
    const v = this.video;
    if (!this.running || !v.videoWidth) {
      this.schedule();
      return;
    }
    const scale = Math.min(1, this.maxSide / Math.max(v.videoWidth, v.videoHeight));
    this.canvas.width = Math.round(v.videoWidth * scale);
    this.canvas.height = Math.round(v.videoHeight * scale);
    const ctx = this.canvas.getContext('2d');
    if (!ctx) {
      return;
    }
    ctx.drawImage(v, 0, 0, this.canvas.width, this.canvas.height);
    try {
      const answer = await this.$server!.frame(this.canvas.toDataURL('image/jpeg', 0.85));
      if (answer === 'stop') {
        this.stop();
        return;
      }
    } catch {
      // the server could not be reached this time: try again with the next frame
    }
    this.schedule();
  }

  render() {
    return html`<div class="frame">
      <video muted playsinline aria-hidden="true"></video>
      <div class="guide" aria-hidden="true"></div>
      <div class="label">${this.guideLabel}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-qr-camera': KioskQrCamera;
  }
}
